import type { Cache } from '@urql/exchange-graphcache';
import { invalidateAfterModeration, invalidateQueryField } from '../planner/plannerCache';

/** A decision also moves the remark in or out of the hidden list and the staff home's count. */
export function invalidateAfterDecision(cache: Cache): void {
  invalidateAfterModeration(cache);
  for (const field of ['hiddenComments', 'staffOverview']) invalidateQueryField(cache, field);
}
