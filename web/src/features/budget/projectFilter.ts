import type { BudgetProjectStatus } from './budgetStatus';

export type FilterableProject = {
  poolId: string;
  status: BudgetProjectStatus;
  categories: readonly string[];
};

/** What the voter narrowed the projects to; null and an empty list mean "any". */
export type ProjectFilter = {
  poolId: string | null;
  category: string | null;
  statuses: readonly BudgetProjectStatus[];
};

export const noFilter: ProjectFilter = { poolId: null, category: null, statuses: [] };

/** The API's filter of the edition's list. */
export function listFilter(editionId: string, filter: ProjectFilter) {
  return {
    editionId,
    ...(filter.poolId ? { poolId: filter.poolId } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.statuses.length > 0 ? { status: [...filter.statuses] } : {}),
  };
}

/** The same filter as the projects tiles' parameters. */
export function tileParams(editionId: string, filter: ProjectFilter) {
  return {
    edition: editionId,
    pool: filter.poolId,
    category: filter.category,
    status: filter.statuses,
  };
}

const collator = new Intl.Collator('pl');

/** Every category the projects have, once each, sorted the Polish way. */
export function categoriesOf(projects: readonly Pick<FilterableProject, 'categories'>[]): string[] {
  const all = new Set(projects.flatMap((project) => project.categories));
  return [...all].sort(collator.compare);
}

/** The statuses the projects have, in the order given (the project's life). */
export function statusesOf(
  projects: readonly FilterableProject[],
  order: readonly BudgetProjectStatus[],
): BudgetProjectStatus[] {
  const present = new Set(projects.map((project) => project.status));
  return order.filter((status) => present.has(status));
}

/** Adds the value to the list, or removes it when present. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}
