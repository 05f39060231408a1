import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import type { BudgetProjectStatus } from '../budget/budgetStatus';
import { ProjectStatus } from '../budget/ProjectStatus';
import { SelectField } from '../staff/forms/fields';
import { DeliverySummaryLine } from './DeliverySummaryLine';
import { useDeliveryT } from './delivery.i18n';
import { type FundedProject, FundedProjectsQuery } from './delivery.queries';
import { ProjectDeliveryEditor } from './ProjectDeliveryEditor';
import '../account/account.css';
import './delivery.css';

const filters = ['ALL', 'SELECTED', 'IN_PROGRESS', 'COMPLETED', 'ABANDONED'] as const;
type Filter = (typeof filters)[number];

/** /staff/budget/:editionId/delivery — the funded projects of my pools and their updates. */
export function DeliveryPage() {
  const t = useDeliveryT();
  useDocumentTitle(t('staff.title'));
  const { editionId = '' } = useParams();
  const [filter, setFilter] = useState<Filter>('ALL');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: FundedProjectsQuery,
    variables: { editionId },
  });
  const projects = (data?.fundedProjects ?? []).filter(
    (p) => filter === 'ALL' || p.status === filter,
  );
  const selected = data?.fundedProjects.find((p) => p.projectId === selectedId);
  return (
    <div className="staff-content delivery-page">
      <Link to={`/staff/budget/${editionId}`}>{t('staff.back')}</Link>
      <h1>{t('staff.title')}</h1>
      <p className="delivery-muted">{t('staff.intro')}</p>
      <QueryState
        fetching={fetching && !data}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {data && (
          <>
            <DeliverySummaryLine summary={data.deliverySummary} />
            <SelectField
              label={t('staff.filter')}
              value={filter}
              onChange={(e) => setFilter(e.target.value as Filter)}
            >
              {filters.map((f) => (
                <option key={f} value={f}>
                  {t(`filter.${f}`)}
                </option>
              ))}
            </SelectField>
            {projects.length === 0 ? (
              <p>{t('staff.empty')}</p>
            ) : (
              <FundedTable projects={projects} onPick={setSelectedId} selectedId={selectedId} />
            )}
            {selected && (
              <ProjectDeliveryEditor key={selected.projectId} projectId={selected.projectId} />
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}

type TableProps = {
  projects: FundedProject[];
  selectedId: string | null;
  onPick: (id: string) => void;
};

function FundedTable({ projects, selectedId, onPick }: TableProps) {
  const t = useDeliveryT();
  return (
    <div className="delivery-table">
      <table>
        <caption>{t('staff.tableCaption', { count: projects.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staff.project')}</th>
            <th scope="col">{t('facts.status')}</th>
            <th scope="col">{t('facts.progress')}</th>
            <th scope="col">{t('staff.lastUpdate')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('staff.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <tr key={p.projectId} aria-current={p.projectId === selectedId ? 'true' : undefined}>
              <td>
                <Link to={`/budget/projects/${p.projectId}`}>{p.title}</Link>
              </td>
              <td>
                <ProjectStatus status={p.status as BudgetProjectStatus} />
              </td>
              <td>{t('facts.percent', { percent: p.progress })}</td>
              <td>{p.lastReportedOn ?? t('staff.never')}</td>
              <td>
                <button type="button" onClick={() => onPick(p.projectId)}>
                  {t('staff.report', { title: p.title })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
