import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useBudgetT } from './budget.i18n';
import { type Edition, ResultsQuery } from './budget.queries';
import { PoolResultView } from './PoolResultView';
import { ProjectMap } from './ProjectMap';
import { useEdition } from './useEdition';
import { useProjectSelection } from './useProjectSelection';
import { useProjects } from './useProjects';
import './budget.css';
import './budget-pages.css';

/** `/budget/:editionId/results`: per pool, the selected projects on the map and in a table. */
export function ResultsPage() {
  const t = useBudgetT();
  const { editionId = '' } = useParams();
  const { edition, fetching, error, retry } = useEdition(editionId);
  const heading = edition ? t('results.heading', { title: edition.title }) : t('action.results');
  useDocumentTitle(heading);
  return (
    <div className="page budget-results-page">
      <h1>{heading}</h1>
      {edition ? (
        <Results edition={edition} />
      ) : (
        <QueryState fetching={fetching} error={error} onRetry={retry}>
          {null}
        </QueryState>
      )}
    </div>
  );
}

function Results({ edition }: { edition: Edition }) {
  const t = useBudgetT();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ResultsQuery,
    variables: { editionId: edition.id },
  });
  const results = data?.results ?? [];
  return (
    <>
      <p>
        <Link to={`/budget/${edition.id}`}>{t('project.back')}</Link>
      </p>
      <QueryState
        fetching={fetching}
        error={error}
        empty={data ? results.length === 0 : undefined}
        emptyText={t('results.none')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <SelectedOnMap
          edition={edition}
          selectedIds={results.flatMap((r) =>
            r.projects.filter((p) => p.selected).map((p) => p.projectId),
          )}
        />
        {results.map((result) => (
          <PoolResultView key={result.poolId} result={result} />
        ))}
      </QueryState>
    </>
  );
}

/** The selected projects that have a location, on one map. */
function SelectedOnMap({ edition, selectedIds }: { edition: Edition; selectedIds: string[] }) {
  const t = useBudgetT();
  const { projects } = useProjects({ editionId: edition.id }, edition.id);
  const key = selectedIds.join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the ids
  const selected = useMemo(() => {
    const ids = new Set(selectedIds);
    return projects.filter((project) => ids.has(project.id));
  }, [projects, key]);
  const poolKinds = useMemo(() => new Map(edition.pools.map((p) => [p.id, p.kind])), [edition]);
  const { layers } = useProjectSelection(selected, poolKinds);
  if (!selected.some((project) => project.locations.length > 0)) return null;
  return (
    <div className="budget-small-map budget-results-map">
      <ProjectMap label={t('results.mapLabel', { title: edition.title })} {...layers} />
    </div>
  );
}
