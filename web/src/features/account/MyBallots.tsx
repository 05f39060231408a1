import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { useUiT } from '../../ui/ui.i18n';
import { useAccountT } from './account.i18n';
import { AccountEditionsQuery, MyBallotQuery } from './account.queries';

/** The user's ballot in each participatory budget edition, or that there is none. */
export function MyBallots() {
  const t = useAccountT();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AccountEditionsQuery });
  const editions = data?.editions ?? [];
  return (
    <section className="account-section" aria-labelledby="account-ballots">
      <h2 id="account-ballots">{t('ballots')}</h2>
      <QueryState
        fetching={fetching}
        error={error}
        empty={data ? editions.length === 0 : undefined}
        emptyText={t('ballotsEmpty')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <ul className="account-ballots">
          {editions.map((edition) => (
            <li key={edition.id}>
              <Link to={`/budget/${edition.id}`}>{edition.title}</Link>
              <EditionBallot editionId={edition.id} />
            </li>
          ))}
        </ul>
      </QueryState>
    </section>
  );
}

function EditionBallot({ editionId }: { editionId: string }) {
  const { lang } = useI18n();
  const t = useAccountT();
  const tUi = useUiT();
  const [{ data, fetching, error }] = useQuery({ query: MyBallotQuery, variables: { editionId } });
  if (error) return <p className="account-muted">{tUi('state.error')}</p>;
  if (fetching && !data) return <p className="account-muted">{tUi('state.loading')}</p>;
  const ballot = data?.myBallot;
  return (
    <p className="account-muted">
      {ballot
        ? t('ballotCast', {
            date: formatDate(ballot.castAt, lang),
            count: ballot.projectIds.length,
          })
        : t('noBallot')}
    </p>
  );
}
