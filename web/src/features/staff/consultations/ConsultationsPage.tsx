import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../../i18n/I18nProvider';
import { upperFirst, useTerms } from '../../../terms/terms.i18n';
import { QueryState } from '../../../ui/QueryState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useStaffT } from '../staff.i18n';
import { ConsultationFilters } from './ConsultationFilters';
import {
  type StaffConsultationRow,
  StaffConsultationsQuery,
  UnitsQuery,
} from './consultations.queries';
import { apiFilter, filterFromSearch, type ListFilter, searchFromFilter } from './listFilter';
import { formatWarsaw } from './warsawTime';

const pageSize = 20;

function Row({ consultation }: { consultation: StaffConsultationRow }) {
  const t = useStaffT();
  const terms = useTerms();
  const { lang } = useI18n();
  const { opensAt, closesAt } = consultation;
  return (
    <tr>
      <th scope="row">
        <Link to={`/staff/consultations/${consultation.id}`}>{consultation.title}</Link>
      </th>
      <td>{consultation.unit.name}</td>
      <td>{upperFirst(terms(`consultationStatus.${consultation.status}`))}</td>
      <td>
        {opensAt && closesAt
          ? t('list.period', {
              from: formatWarsaw(opensAt, lang),
              to: formatWarsaw(closesAt, lang),
            })
          : t('list.noDates')}
      </td>
    </tr>
  );
}

/** /staff/consultations — every consultation, drafts of my units included, filtered and paged. */
export function ConsultationsPage() {
  const t = useStaffT();
  useDocumentTitle(t('list.title'));
  const [search, setSearch] = useSearchParams();
  const filter = filterFromSearch(search);
  // The cursors of the pages before this one, to go back.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const [units] = useQuery({ query: UnitsQuery });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: StaffConsultationsQuery,
    variables: { first: pageSize, after, filter: apiFilter(filter) },
    requestPolicy: 'cache-and-network',
  });
  const change = (next: ListFilter) => {
    setCursors([null]);
    setSearch(searchFromFilter(next), { replace: true });
  };
  const connection = data?.consultations;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  return (
    <div className="staff-content">
      <h1>{t('list.title')}</h1>
      <p>
        <Link to="/staff/consultations/new" className="staff-button">
          {t('consultations.new')}
        </Link>
      </p>
      <ConsultationFilters filter={filter} units={units.data?.units ?? []} onChange={change} />
      <QueryState
        fetching={fetching}
        error={error}
        empty={data ? rows.length === 0 : undefined}
        emptyText={t('list.empty')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <p role="status">{t('list.count', { count: connection?.totalCount ?? 0 })}</p>
        <div className="staff-table-wrap">
          <table className="staff-table">
            <thead>
              <tr>
                <th scope="col">{t('list.titleColumn')}</th>
                <th scope="col">{t('list.unit')}</th>
                <th scope="col">{t('list.status')}</th>
                <th scope="col">{t('list.dates')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Row key={row.id} consultation={row} />
              ))}
            </tbody>
          </table>
        </div>
        <nav className="staff-pager" aria-label={t('list.pages')}>
          <button
            type="button"
            disabled={cursors.length < 2}
            onClick={() => setCursors((stack) => stack.slice(0, -1))}
          >
            {t('list.previous')}
          </button>
          <button
            type="button"
            disabled={!connection?.pageInfo.hasNextPage}
            onClick={() => {
              const end = connection?.pageInfo.endCursor;
              if (end) setCursors((stack) => [...stack, end]);
            }}
          >
            {t('list.next')}
          </button>
        </nav>
      </QueryState>
    </div>
  );
}
