import { useMemo, useRef } from 'react';
import { useClient } from 'urql';
import { usePages } from '../../ui/usePages';
import { type ProjectSummary, ProjectsPageQuery } from './budget.queries';
import { type BudgetProjectStatus, projectStatuses } from './budgetStatus';
import { categoriesOf, listFilter, type ProjectFilter, statusesOf } from './projectFilter';

/** The edition's projects the filter takes, a page at a time (`loadMore`), with the API's total. */
export function useEditionProjects(editionId: string, filter: ProjectFilter) {
  const client = useClient();
  const variables = listFilter(editionId, filter);
  const pages = usePages({
    key: JSON.stringify(variables),
    open: (after, fresh) =>
      client.query(
        ProjectsPageQuery,
        { filter: variables, after, withTotal: after === null },
        fresh ? { requestPolicy: 'network-only' } : undefined,
      ),
    read: (data) => ({
      nodes: data.projects.edges.map((edge) => edge.node),
      totalCount: data.projects.totalCount ?? null,
      endCursor: data.projects.pageInfo.endCursor ?? null,
      hasNextPage: data.projects.pageInfo.hasNextPage,
    }),
  });
  return pages;
}

/**
 * The categories and statuses to filter by: those of every project loaded so far on this
 * screen (under any filter) and those chosen, so that narrowing the list keeps the others.
 */
export function useSeenOptions(projects: readonly ProjectSummary[], filter: ProjectFilter) {
  const seen = useRef({ categories: new Set<string>(), statuses: new Set<BudgetProjectStatus>() });
  for (const category of categoriesOf(projects)) seen.current.categories.add(category);
  for (const status of statusesOf(projects, projectStatuses)) seen.current.statuses.add(status);
  if (filter.category) seen.current.categories.add(filter.category);
  for (const status of filter.statuses) seen.current.statuses.add(status);
  const categoryKey = [...seen.current.categories].join('|');
  const statusKey = [...seen.current.statuses].join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the keys stand for the sets
  return useMemo(
    () => ({
      categories: categoriesOf([{ categories: [...seen.current.categories] }]),
      statuses: projectStatuses.filter((status) => seen.current.statuses.has(status)),
    }),
    [categoryKey, statusKey],
  );
}
