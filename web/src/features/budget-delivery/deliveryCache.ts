import type { Cache } from '@urql/exchange-graphcache';
import { invalidateQueryField } from '../planner/plannerCache';

/** An update changes the project's delivery, the office's list and the edition's counts. */
export function invalidateAfterDelivery(cache: Cache): void {
  for (const field of ['projectDelivery', 'fundedProjects', 'deliverySummary', 'project']) {
    invalidateQueryField(cache, field);
  }
}
