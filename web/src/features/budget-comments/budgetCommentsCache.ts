import type { Cache } from '@urql/exchange-graphcache';

/** Every cached page of a project's comments, whatever its arguments, so it is fetched again. */
export function invalidateProjectComments(cache: Cache, projectId: string): void {
  const project = { __typename: 'BudgetProject', id: projectId };
  for (const entry of cache.inspectFields(project)) {
    if (entry.fieldName === 'comments') {
      cache.invalidate(project, 'comments', entry.arguments ?? undefined);
    }
  }
}
