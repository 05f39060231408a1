import type pg from 'pg';
import { type Queryable, sql } from '../../../db/sql.js';

export type BallotProject = {
  id: string;
  poolId: string;
  poolKind: 'CITYWIDE' | 'AREA';
  status: string;
};

/** The projects a ballot names, with their pools, restricted to the edition. */
export async function selectBallotProjects(
  client: Queryable,
  editionId: string,
  ids: readonly string[],
) {
  const { rows } = await client.query<BallotProject>(
    `SELECT p.id, p.pool_id AS "poolId", pl.kind AS "poolKind", p.status
     FROM budget_project p JOIN budget_pool pl ON pl.id = p.pool_id
     WHERE pl.edition_id = $1 AND p.id = ANY($2::uuid[])`,
    [editionId, ids],
  );
  return rows;
}

export type CastBallot = {
  id: string;
  editionId: string;
  districtPoolId: string | null;
  castAt: Date;
  projectIds: string[];
};

/**
 * The voter's ballot with exactly `projectIds` approved, in one statement (atomic without a
 * transaction), or null when they already have one: the UNIQUE (edition_id, voter_id)
 * constraint arbitrates between concurrent requests. Where the edition lets ballots change, a
 * second ballot replaces the first in place: approvals no longer named go, new ones come, and
 * those kept stay (so the statement's parts never touch the same row).
 */
export async function castBallot(
  db: Queryable,
  b: {
    editionId: string;
    voterId: string;
    districtPoolId: string | null;
    replace: boolean;
    projectIds: readonly string[];
  },
): Promise<CastBallot | null> {
  const onConflict = b.replace
    ? // A paper ballot entered for the voter is never replaced online: one vote per voter.
      sql`DO UPDATE SET district_pool_id = EXCLUDED.district_pool_id, cast_at = now()
          WHERE NOT budget_ballot.paper`
    : sql`DO NOTHING`;
  const ids = sql`${b.projectIds}::uuid[]`;
  const { rows } = await db.query<Omit<CastBallot, 'projectIds'>>(
    sql`WITH b AS (
          INSERT INTO budget_ballot (edition_id, voter_id, district_pool_id)
          VALUES (${b.editionId}, ${b.voterId}, ${b.districtPoolId})
          ON CONFLICT ON CONSTRAINT budget_ballot_one_per_voter ${onConflict}
          RETURNING id, edition_id, district_pool_id, cast_at),
        gone AS (
          DELETE FROM budget_ballot_approval a USING b
          WHERE a.ballot_id = b.id AND a.project_id <> ALL(${ids})),
        added AS (
          INSERT INTO budget_ballot_approval (ballot_id, project_id)
          SELECT b.id, p FROM b, unnest(${ids}) p ON CONFLICT DO NOTHING)
        SELECT id, edition_id AS "editionId", district_pool_id AS "districtPoolId",
          cast_at AS "castAt" FROM b`,
  );
  const row = rows[0];
  const projectIds = b.projectIds.map((id) => id.toLowerCase()).sort();
  return row ? { ...row, projectIds } : null;
}

export async function insertApprovals(
  client: pg.ClientBase,
  ballotId: string,
  projectIds: readonly string[],
) {
  await client.query(
    `INSERT INTO budget_ballot_approval (ballot_id, project_id) SELECT $1, unnest($2::uuid[])`,
    [ballotId, projectIds],
  );
}

/** The voter's own ballot only: by voter id, never listed for anyone else. */
export async function selectOwnBallot(pool: pg.Pool, editionId: string, voterId: string) {
  const { rows } = await pool.query<{
    id: string;
    editionId: string;
    districtPoolId: string | null;
    castAt: Date;
    projectIds: string[];
  }>(
    `SELECT b.id, b.edition_id AS "editionId", b.district_pool_id AS "districtPoolId", b.cast_at AS "castAt",
            COALESCE(array_agg(a.project_id ORDER BY a.project_id) FILTER (WHERE a.project_id IS NOT NULL), '{}') AS "projectIds"
     FROM budget_ballot b LEFT JOIN budget_ballot_approval a ON a.ballot_id = b.id
     WHERE b.edition_id = $1 AND b.voter_id = $2 GROUP BY b.id`,
    [editionId, voterId],
  );
  return rows[0] ?? null;
}
