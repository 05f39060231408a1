import type { Cache } from '@urql/exchange-graphcache';
import { invalidateQueryField } from '../planner/plannerCache';

/** A sheet entered or removed: the lists of sheets are fetched again. */
export const invalidateAfterPaperBallot = (cache: Cache) =>
  invalidateQueryField(cache, 'paperBallots');

/** A tally or a publication: the results, and the projects' statuses they set, again. */
export function invalidateAfterTally(cache: Cache) {
  invalidateQueryField(cache, 'results');
  invalidateQueryField(cache, 'projects');
}
