import { Link } from 'react-router';
import { useQuery } from 'urql';
import { upperFirst, useTerms } from '../../../terms/terms.i18n';
import { QueryState } from '../../../ui/QueryState';
import { useStaffT } from '../staff.i18n';
import { AwaitingAnswers } from './AwaitingAnswers';
import { groupByStatus, takesAnswers } from './byStatus';
import { UnitConsultationsQuery } from './home.queries';

type Props = {
  /** The unit; none for every unit (admins). */
  unit: { id: string; name: string } | null;
};

/** One unit's consultations by status, and the remarks in them still waiting for an answer. */
export function UnitConsultations({ unit }: Props) {
  const t = useStaffT();
  const terms = useTerms();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: UnitConsultationsQuery,
    variables: { unitId: unit?.id ?? null },
  });
  const nodes = data?.consultations.edges.map((edge) => edge.node) ?? [];
  const headingId = `staff-unit-${unit?.id ?? 'all'}`;
  return (
    <section className="staff-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{unit ? unit.name : t('home.allUnits')}</h2>
      <QueryState
        fetching={fetching}
        error={error}
        empty={data ? nodes.length === 0 : undefined}
        emptyText={t('home.noConsultations')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <dl className="staff-status-counts">
          {groupByStatus(nodes).map((group) => (
            <div key={group.status}>
              <dt>{upperFirst(terms(`consultationStatus.${group.status}`))}</dt>
              <dd>
                <ul>
                  {group.items.map((c) => (
                    <li key={c.id}>
                      <Link to={`/staff/consultations/${c.id}`}>{c.title}</Link>
                      {takesAnswers(c.status) && <AwaitingAnswers consultationId={c.id} />}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
        <p>
          <Link to={unit ? `/staff/consultations?unit=${unit.id}` : '/staff/consultations'}>
            {t('home.allOf', { count: data?.consultations.totalCount ?? 0 })}
          </Link>
        </p>
      </QueryState>
    </section>
  );
}
