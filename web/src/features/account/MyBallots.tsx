import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { AccountEditionsQuery, MyBallotQuery } from './account.queries';

/** The user's ballot in each participatory budget edition, or that there is none. */
export function MyBallots() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AccountEditionsQuery });
  const editions = data?.editions ?? [];
  return (
    <section className="account-section" aria-labelledby="account-ballots">
      <h2 id="account-ballots">{t('account.ballots')}</h2>
      <QueryState
        fetching={fetching}
        error={error}
        empty={data ? editions.length === 0 : undefined}
        emptyText={t('account.ballotsEmpty')}
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
  const { t, lang } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: MyBallotQuery, variables: { editionId } });
  if (error) return <p className="account-muted">{t('state.error')}</p>;
  if (fetching && !data) return <p className="account-muted">{t('state.loading')}</p>;
  const ballot = data?.myBallot;
  return (
    <p className="account-muted">
      {ballot
        ? t('account.ballotCast', {
            date: formatDate(ballot.castAt, lang),
            count: ballot.projectIds.length,
          })
        : t('account.noBallot')}
    </p>
  );
}
