import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { usePabulibTerm } from '../../terms/pabulibTerms';
import { formatMoney } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ProjectComments } from '../budget-comments/ProjectComments';
import { ProjectDelivery } from '../budget-delivery/ProjectDelivery';
import { ProjectFiles } from '../budget-proposals/ProjectFiles';
import { useBudgetT } from './budget.i18n';
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
  const t = useBudgetT();
  const { projectId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProjectQuery,
    variables: { id: projectId },
  });
  const project = data?.project;
  useDocumentTitle(
    project ? t('project.documentTitle', { title: project.title }) : t('projects.heading'),
  );
  return (
    <div className="page budget-project-page">
      {project ? (
        <ProjectDetailsView project={project} />
      ) : (
        <>
          <h1>{t('projects.heading')}</h1>
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
  const { lang } = useI18n();
  const t = useBudgetT();
  const pool = usePool(project.poolId);
  const none = t('project.none');
  const pabulib = usePabulibTerm();
  return (
    <article>
      {pool && <Link to={`/budget/${pool.editionId}`}>{t('project.back')}</Link>}
      <h1>{project.title}</h1>
      <dl className="budget-facts">
        <dt>{t('project.status')}</dt>
        <dd>
          <ProjectStatus status={project.status} />
        </dd>
        <dt>{t('project.cost')}</dt>
        <dd>{formatMoney(project.cost.pln, lang)}</dd>
        <dt>{t('project.pool')}</dt>
        <dd>{pool ? `${pool.name} (${t(`poolKind.${pool.kind}`)})` : none}</dd>
        <dt>{t('project.categories')}</dt>
        <dd>{project.categories.map((c) => pabulib('category', c)).join(', ') || none}</dd>
        <dt>{t('project.targetGroups')}</dt>
        <dd>{project.targetGroups.map((g) => pabulib('target', g)).join(', ') || none}</dd>
        {project.rejectionReason && (
          <>
            <dt>{t('project.rejection')}</dt>
            <dd>{project.rejectionReason}</dd>
          </>
        )}
      </dl>
      <h2>{t('project.where')}</h2>
      <ProjectPlace project={project} poolKind={pool?.kind ?? 'AREA'} />
      <h2>{t('project.description')}</h2>
      <p className="budget-description">{project.description || none}</p>
      <ProjectFiles projectId={project.id} />
      <ProjectCost costLines={project.costLines} />
      <ProjectDelivery projectId={project.id} />
      <ProjectComments projectId={project.id} />
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
  const t = useBudgetT();
  const features = useMemo(
    () => projectFeatures([project], new Map([[project.poolId, poolKind]])),
    [project, poolKind],
  );
  const bounds = useMemo(() => projectBounds(project), [project]);
  if (project.locations.length === 0) return <p>{t('project.noLocation')}</p>;
  return (
    <>
      {project.locations.some((location) => location.illustrative) && (
        <p className="budget-muted">{t('project.illustrative')}</p>
      )}
      <div className="budget-small-map">
        <ProjectMap
          label={t('project.mapLabel', { title: project.title })}
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
