import { useId, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useBudgetT } from './budget.i18n';
import { type Edition, type PoolResult, ResultsQuery } from './budget.queries';
import { PoolResultView } from './PoolResultView';
import { ProjectMap } from './ProjectMap';
import { useEdition } from './useEdition';
import { useProjectSelection } from './useProjectSelection';
import { useProjects } from './useProjects';
import './budget.css';
import './budget-pages.css';

/**
 * `/budget/:editionId/results`: one pool at a time (`?pool=`), picked from a list, with its
 * selected projects on the map and every project in a table.
 */
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
  const [params, setParams] = useSearchParams();
  const result = results.find((r) => r.poolId === params.get('pool')) ?? results[0];
  return (
    <>
      <p className="budget-actions">
        <Link to={`/budget/${edition.id}`}>{t('project.back')}</Link>
        <Link to={`/budget/${edition.id}/statistics`}>{t('action.statistics')}</Link>
      </p>
      <QueryState
        fetching={fetching}
        error={error}
        empty={data ? results.length === 0 : undefined}
        emptyText={t('results.none')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {result && (
          <>
            {results.length > 1 && (
              <ResultPoolPicker
                results={results}
                poolId={result.poolId}
                onChange={(pool) => setParams({ pool }, { replace: true })}
              />
            )}
            <SelectedOnMap key={result.poolId} edition={edition} result={result} />
            <PoolResultView result={result} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** Which pool's result is shown: one at a time, as an edition can have many. */
function ResultPoolPicker({
  results,
  poolId,
  onChange,
}: {
  results: readonly PoolResult[];
  poolId: string;
  onChange: (poolId: string) => void;
}) {
  const t = useBudgetT();
  const id = useId();
  return (
    <p className="budget-field">
      <label htmlFor={id}>{t('results.pool')}</label>
      <select id={id} value={poolId} onChange={(event) => onChange(event.target.value)}>
        {results.map((r) => (
          <option key={r.poolId} value={r.poolId}>
            {r.poolName}
          </option>
        ))}
      </select>
    </p>
  );
}

/** The pool's selected projects that have a location, on one map. */
function SelectedOnMap({ edition, result }: { edition: Edition; result: PoolResult }) {
  const t = useBudgetT();
  const { projects } = useProjects({ poolId: result.poolId }, result.poolId);
  const selected = useMemo(() => {
    const ids = new Set(result.projects.filter((p) => p.selected).map((p) => p.projectId));
    return projects.filter((project) => ids.has(project.id));
  }, [projects, result]);
  const poolKinds = useMemo(() => new Map(edition.pools.map((p) => [p.id, p.kind])), [edition]);
  const { layers } = useProjectSelection(selected, poolKinds);
  if (!selected.some((project) => project.locations.length > 0)) return null;
  return (
    <div className="budget-small-map budget-results-map">
      <ProjectMap label={t('results.mapLabel', { title: result.poolName })} {...layers} />
    </div>
  );
}
