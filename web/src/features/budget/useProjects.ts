import { useCallback, useEffect, useState } from 'react';
import { type CombinedError, type OperationResult, useClient } from 'urql';
import type { ResultOf, VariablesOf } from '../../graphql/graphql';
import { type ProjectSummary, ProjectsQuery } from './budget.queries';

type Filter = VariablesOf<typeof ProjectsQuery>['filter'];
type State = {
  projects: ProjectSummary[];
  fetching: boolean;
  error?: CombinedError;
  loaded: boolean;
};

/**
 * Every project matching the filter, page after page (an edition can hold more than one
 * page). `filterKey` names the filter, so a new object with the same meaning fetches nothing.
 */
export function useProjects(filter: Filter, filterKey: string) {
  const client = useClient();
  const [state, setState] = useState<State>({ projects: [], fetching: true, loaded: false });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `filterKey` stands for `filter`
  useEffect(() => {
    let cancelled = false;
    async function load() {
      setState((previous) => ({ ...previous, fetching: true, error: undefined }));
      const projects: ProjectSummary[] = [];
      let after: string | null = null;
      do {
        const result: OperationResult<ResultOf<typeof ProjectsQuery>> = await client
          .query(
            ProjectsQuery,
            { filter, after },
            { requestPolicy: attempt ? 'network-only' : 'cache-first' },
          )
          .toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setState({ projects, fetching: false, error: result.error, loaded: false });
          return;
        }
        projects.push(...result.data.projects.edges.map((edge) => edge.node));
        const { hasNextPage, endCursor } = result.data.projects.pageInfo;
        after = hasNextPage ? (endCursor ?? null) : null;
        // Shown page by page: a large edition starts to appear at once.
        if (after) setState({ projects: [...projects], fetching: true, loaded: false });
      } while (after);
      setState({ projects, fetching: false, loaded: true });
    }
    void load();
    return () => {
      cancelled = true;
    };
  }, [client, filterKey, attempt]);

  return { ...state, retry };
}
