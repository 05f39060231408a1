import type { Cache } from '@urql/exchange-graphcache';

/**
 * Forgets every cached query, so the screens ask again as the new (or no) user. Plain
 * `cache.invalidate('Query')` does nothing: the root has no __typename to find it by.
 */
export function invalidateEveryQuery(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}
