import type { Database } from '../../../db/database.js';

export const castBallot = `mutation ($e: ID!, $d: ID, $p: [ID!]!) {
  castBallot(editionId: $e, districtPoolId: $d, projectIds: $p) { id districtPoolId projectIds } }`;

/** How many ballots the edition holds: what a refusal must leave as it was. */
export async function ballotCount(db: Database, editionId: string) {
  const { rows } = await db.pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM budget_ballot WHERE edition_id = $1',
    [editionId],
  );
  return rows[0]?.n;
}
