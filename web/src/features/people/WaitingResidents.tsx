import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { PersonList } from './PersonList';
import { usePeopleT } from './people.i18n';
import { type Person, VerificationRequestsQuery } from './people.queries';

type Props = { selectedId: string | null; onSelect: (person: Person) => void };

/** Residents who asked to be verified at one of the viewer's offices (or any), oldest first. */
export function WaitingResidents({ selectedId, onSelect }: Props) {
  const t = usePeopleT();
  const { lang } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: VerificationRequestsQuery,
    requestPolicy: 'cache-and-network',
  });
  const requests = data?.verificationRequests.edges.map((edge) => edge.node) ?? [];
  const people = requests.flatMap((request) => (request.person ? [request.person] : []));
  const note = (person: Person) => {
    const request = requests.find((r) => r.person?.id === person.id);
    if (!request) return null;
    const since = formatDate(request.createdAt, lang);
    return request.unit
      ? t('waiting.at', { unit: request.unit.name, since })
      : t('waiting.anywhere', { since });
  };
  return (
    <section className="people-section" aria-labelledby="people-waiting-heading">
      <h2 id="people-waiting-heading">
        {t('waiting.heading', { count: data?.verificationRequests.totalCount ?? 0 })}
      </h2>
      <QueryState
        fetching={fetching}
        error={error}
        empty={data ? people.length === 0 : undefined}
        emptyText={t('waiting.none')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <PersonList
          label={t('waiting.list')}
          people={people}
          selectedId={selectedId}
          onSelect={onSelect}
          note={note}
        />
      </QueryState>
    </section>
  );
}
