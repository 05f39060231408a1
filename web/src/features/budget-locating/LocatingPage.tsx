import type { Geometry } from 'geojson';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useTerms } from '../../terms/terms.i18n';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { type BudgetProjectStatus, projectStatuses } from '../budget/budgetStatus';
import { ProjectStatus } from '../budget/ProjectStatus';
import type { Shape } from '../consultation/locationInput';
import { SelectField } from '../staff/forms/fields';
import { ConflictCandidates, type Pair } from './ConflictCandidates';
import { LocatingMap, type MapFeature } from './LocatingMap';
import { type Draft, draftsOf, LocationEditor } from './LocationEditor';
import { useLocatingT } from './locating.i18n';
import {
  LocatingEditionQuery,
  type LocatingProject,
  LocatingProjectsQuery,
} from './locating.queries';
import { NearbyProjects, useNearbyLocations } from './NearbyProjects';
import { NewProjectForm } from './NewProjectForm';
import './locating.css';

/** /staff/budget/:editionId/locating — place the projects of my pools; find conflicts. */
export function LocatingPage() {
  const t = useLocatingT();
  useDocumentTitle(t('title'));
  const { editionId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LocatingEditionQuery,
    variables: { editionId },
  });
  const pools = useMemo(() => {
    const roles = data?.me?.roles ?? [];
    const admin = roles.some((r) => r.role === 'ADMIN');
    const units = new Set(
      roles.flatMap((r) => (r.role === 'PLANNER' && r.unit ? [r.unit.id] : [])),
    );
    return (data?.edition.pools ?? []).filter((p) => admin || units.has(p.unitId));
  }, [data]);
  return (
    <div className="staff-content locating-page">
      <Link to={`/staff/budget/${editionId}`}>{t('back')}</Link>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <QueryState
        fetching={fetching && !data}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {data &&
          (pools.length === 0 ? (
            <p>{t('noPools')}</p>
          ) : (
            <Locating
              editionId={editionId}
              pools={pools}
              categories={data.budgetProposalVocabulary.categories}
            />
          ))}
      </QueryState>
    </div>
  );
}

type Pool = { id: string; name: string };

type LocatingProps = { editionId: string; pools: readonly Pool[]; categories: readonly string[] };

function Locating({ editionId, pools, categories }: LocatingProps) {
  const t = useLocatingT();
  const term = useTerms();
  const [poolId, setPoolId] = useState(pools[0]?.id ?? '');
  const [status, setStatus] = useState<BudgetProjectStatus | ''>('');
  const [unlocatedOnly, setUnlocatedOnly] = useState(false);
  const [after, setAfter] = useState<string | null>(null);
  const [selected, setSelected] = useState<LocatingProject | null>(null);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [drawShape, setDrawShape] = useState<Shape | null>(null);
  const [pair, setPair] = useState<Pair | null>(null);
  const [saves, setSaves] = useState(0);
  const filter = {
    editionId,
    poolId,
    ...(status ? { status: [status] } : {}),
    ...(unlocatedOnly ? { located: false } : {}),
  };
  const [{ data, error }, refetchProjects] = useQuery({
    query: LocatingProjectsQuery,
    variables: { filter, after },
  });
  const projects = data?.projects.edges.map((e) => e.node) ?? [];
  const nearby = useNearbyLocations(selected?.id ?? null);
  const pick = (project: LocatingProject) => {
    setSelected(project);
    setDrafts(draftsOf(project));
    setPair(null);
  };
  const features = mapFeatures(projects, selected, drafts, nearby, pair);
  const focus = useMemo<Geometry[]>(
    () =>
      pair
        ? [...pair.project.locations, ...pair.otherProject.locations].map((l) => l.geometry)
        : (selected?.locations.map((l) => l.geometry) ?? []),
    [pair, selected],
  );
  const resetPage = () => setAfter(null);
  const entered = (project: LocatingProject) => {
    setPoolId(project.poolId);
    setStatus('');
    resetPage();
    refetchProjects({ requestPolicy: 'network-only' });
    pick(project);
  };
  return (
    <div className="locating-layout">
      <div className="locating-side">
        <fieldset className="locating-filters">
          <legend>{t('filters.legend')}</legend>
          <SelectField
            label={t('filters.pool')}
            value={poolId}
            onChange={(e) => {
              setPoolId(e.target.value);
              resetPage();
            }}
          >
            {pools.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('filters.status')}
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as BudgetProjectStatus | '');
              resetPage();
            }}
          >
            <option value="">{t('filters.anyStatus')}</option>
            {projectStatuses.map((s) => (
              <option key={s} value={s}>
                {term(`projectStatus.${s as Exclude<BudgetProjectStatus, 'DRAFT'>}`)}
              </option>
            ))}
          </SelectField>
          <label>
            <input
              type="checkbox"
              checked={unlocatedOnly}
              onChange={(e) => {
                setUnlocatedOnly(e.target.checked);
                resetPage();
              }}
            />
            {t('filters.unlocated')}
          </label>
        </fieldset>
        <NewProjectForm pools={pools} poolId={poolId} categories={categories} onCreated={entered} />
        {error && <p role="alert">{t('projects.error')}</p>}
        <p>{t('projects.count', { count: data?.projects.totalCount ?? 0 })}</p>
        <ul className="locating-projects">
          {projects.map((p) => (
            <li key={p.id} aria-current={p.id === selected?.id ? 'true' : undefined}>
              <Link to={`/budget/projects/${p.id}`}>{p.title}</Link>
              <ProjectStatus status={p.status as BudgetProjectStatus} />
              <span>{t('projects.locations', { count: p.locations.length })}</span>
              <button type="button" onClick={() => pick(p)}>
                {t(p.locations.length ? 'projects.correct' : 'projects.place', { title: p.title })}
              </button>
            </li>
          ))}
        </ul>
        <div className="choice-row">
          {after && (
            <button type="button" onClick={resetPage}>
              {t('projects.firstPage')}
            </button>
          )}
          {data?.projects.pageInfo.hasNextPage && (
            <button type="button" onClick={() => setAfter(data.projects.pageInfo.endCursor)}>
              {t('projects.next')}
            </button>
          )}
        </div>
      </div>
      <div className="locating-main">
        <LocatingMap
          features={features}
          focus={focus}
          drawShape={drawShape}
          onDrawn={(geometry) => {
            setDrafts((all) => [...all, { key: Date.now(), geometry, illustrative: false }]);
            setDrawShape(null);
          }}
        />
        {selected && (
          <>
            <LocationEditor
              key={selected.id}
              project={selected}
              drafts={drafts}
              onDrafts={setDrafts}
              drawShape={drawShape}
              onDrawShape={setDrawShape}
              onSaved={() => setSaves((n) => n + 1)}
            />
            <NearbyProjects key={saves} projectId={selected.id} />
          </>
        )}
        <ConflictCandidates key={saves} editionId={editionId} onShow={setPair} />
      </div>
    </div>
  );
}

function mapFeatures(
  projects: readonly LocatingProject[],
  selected: LocatingProject | null,
  drafts: readonly Draft[],
  nearby: readonly { id: string; geometry: Geometry }[],
  pair: Pair | null,
): MapFeature[] {
  const listed = projects
    .filter((p) => p.id !== selected?.id)
    .flatMap((p) =>
      p.locations.map((l) => ({ id: l.id, kind: 'project' as const, geometry: l.geometry })),
    );
  const near = nearby.map((l) => ({ id: l.id, kind: 'nearby' as const, geometry: l.geometry }));
  const drafted = drafts.map((d) => ({
    id: `draft-${d.key}`,
    kind: 'draft' as const,
    geometry: d.geometry,
  }));
  const paired = pair
    ? [...pair.project.locations, ...pair.otherProject.locations].map((l) => ({
        id: `pair-${l.id}`,
        kind: 'pair' as const,
        geometry: l.geometry,
      }))
    : [];
  return [...listed, ...near, ...drafted, ...paired];
}
