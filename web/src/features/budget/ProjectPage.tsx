import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { type ProjectDetails, ProjectQuery } from './budget.queries';
import type { BudgetPoolKind } from './budgetStatus';
import { ProjectCost } from './ProjectCost';
import { ProjectMap } from './ProjectMap';
import { ProjectStatus } from './ProjectStatus';
import { projectBounds, projectFeatures } from './projectGeo';
import { useEditions } from './useEdition';
import './budget.css';
import './budget-pages.css';

/** `/budget/projects/:projectId`: one project, its place on a small map, cost and details. */
export function ProjectPage() {
  const { t } = useI18n();
  const { projectId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProjectQuery,
    variables: { id: projectId },
  });
  const project = data?.project;
  return (
    <div className="page budget-project-page">
      {project ? (
        <ProjectDetailsView project={project} />
      ) : (
        <>
          <h1>{t('budget.projects.heading')}</h1>
          <QueryState
            fetching={fetching}
            error={error}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          >
            {null}
          </QueryState>
        </>
      )}
    </div>
  );
}

function ProjectDetailsView({ project }: { project: ProjectDetails }) {
  const { t, lang } = useI18n();
  const pool = usePool(project.poolId);
  const none = t('budget.project.none');
  return (
    <article>
      {pool && <Link to={`/budget/${pool.editionId}`}>{t('budget.project.back')}</Link>}
      <h1>{project.title}</h1>
      <dl className="budget-facts">
        <dt>{t('budget.project.status')}</dt>
        <dd>
          <ProjectStatus status={project.status} />
        </dd>
        <dt>{t('budget.project.cost')}</dt>
        <dd>{formatMoney(project.cost.pln, lang)}</dd>
        <dt>{t('budget.project.pool')}</dt>
        <dd>{pool ? `${pool.name} (${t(`budget.poolKind.${pool.kind}`)})` : none}</dd>
        <dt>{t('budget.project.categories')}</dt>
        <dd>{project.categories.join(', ') || none}</dd>
        <dt>{t('budget.project.targetGroups')}</dt>
        <dd>{project.targetGroups.join(', ') || none}</dd>
        {project.rejectionReason && (
          <>
            <dt>{t('budget.project.rejection')}</dt>
            <dd>{project.rejectionReason}</dd>
          </>
        )}
      </dl>
      <h2>{t('budget.project.where')}</h2>
      <ProjectPlace project={project} poolKind={pool?.kind ?? 'AREA'} />
      <h2>{t('budget.project.description')}</h2>
      <p className="budget-description">{project.description || none}</p>
      <ProjectCost costLines={project.costLines} />
    </article>
  );
}

/** The project's pool with its edition's id, from the editions (cached once fetched). */
function usePool(poolId: string) {
  const { editions } = useEditions();
  for (const edition of editions) {
    const pool = edition.pools.find((candidate) => candidate.id === poolId);
    if (pool) return { ...pool, editionId: edition.id };
  }
  return null;
}

/** The project's locations on a small map, or words saying it has none. */
function ProjectPlace({
  project,
  poolKind,
}: {
  project: ProjectDetails;
  poolKind: BudgetPoolKind;
}) {
  const t = useI18n().t;
  const features = useMemo(
    () => projectFeatures([project], new Map([[project.poolId, poolKind]])),
    [project, poolKind],
  );
  const bounds = useMemo(() => projectBounds(project), [project]);
  if (project.locations.length === 0) return <p>{t('budget.project.noLocation')}</p>;
  return (
    <>
      {project.locations.some((location) => location.illustrative) && (
        <p className="budget-muted">{t('budget.project.illustrative')}</p>
      )}
      <div className="budget-small-map">
        <ProjectMap
          label={t('budget.project.mapLabel', { title: project.title })}
          features={features}
          selectedId={null}
          hoveredId={null}
          allBounds={bounds}
          selectedBounds={null}
        />
      </div>
    </>
  );
}
