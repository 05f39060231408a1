import type { BudgetProjectStatus } from './budgetStatus';

export type FilterableProject = {
  poolId: string;
  status: BudgetProjectStatus;
  categories: readonly string[];
};

/** What the voter narrowed the projects to; empty lists and null mean "any". */
export type ProjectFilter = {
  poolId: string | null;
  categories: readonly string[];
  statuses: readonly BudgetProjectStatus[];
};

export const noFilter: ProjectFilter = { poolId: null, categories: [], statuses: [] };

/** The projects of the pool with any of the categories and any of the statuses. */
export function filterProjects<P extends FilterableProject>(
  projects: readonly P[],
  filter: ProjectFilter,
): P[] {
  return projects.filter(
    (project) =>
      (filter.poolId === null || project.poolId === filter.poolId) &&
      (filter.categories.length === 0 ||
        project.categories.some((category) => filter.categories.includes(category))) &&
      (filter.statuses.length === 0 || filter.statuses.includes(project.status)),
  );
}

const collator = new Intl.Collator('pl');

/** Every category the projects have, once each, sorted the Polish way. */
export function categoriesOf(projects: readonly FilterableProject[]): string[] {
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
