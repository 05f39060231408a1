import type { Cache } from '@urql/exchange-graphcache';

/** Every cached `Query.<field>` whatever its arguments, so its screens fetch it again. */
export function invalidateQueryField(cache: Cache, field: string): void {
  for (const entry of cache.inspectFields('Query')) {
    if (entry.fieldName === field) cache.invalidate('Query', field, entry.arguments ?? undefined);
  }
}

/** A response changes the comments' `response`, the lists filtered by it and the counts. */
export function invalidateAfterResponse(cache: Cache, commentIds: readonly string[]): void {
  for (const id of commentIds) cache.invalidate({ __typename: 'Comment', id }, 'response');
  for (const field of ['comments', 'feedbackByArea', 'consultationReport']) {
    invalidateQueryField(cache, field);
  }
}

/** Hiding or restoring moves a comment in or out of the lists, the counts and the queue. */
export function invalidateAfterModeration(cache: Cache): void {
  for (const field of ['comments', 'feedbackByArea', 'moderationQueue', 'consultationReport']) {
    invalidateQueryField(cache, field);
  }
}
