import type { Database } from '../../../db/database.js';
import { replacePhases } from './edition.sql.js';

const DAY_MS = 86_400_000;

/** Ends the edition's VOTING phase a moment ago and opens RESULTS, as once the vote closes. */
export async function endVoting(db: Database, editionId: string) {
  const now = Date.now();
  await replacePhases(db.pool, editionId, [
    { phase: 'VOTING', startsAt: new Date(now - 2 * DAY_MS), endsAt: new Date(now - 1000) },
    { phase: 'RESULTS', startsAt: new Date(now - 1000), endsAt: new Date(now + 30 * DAY_MS) },
  ]);
}
