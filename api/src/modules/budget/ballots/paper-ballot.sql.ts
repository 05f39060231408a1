import type pg from 'pg';
import type { Keyset } from '../../../graphql/connection.js';
import { insertApprovals } from './ballot.sql.js';

/** The account a paper ballot is entered for, by its e-mail; null when none has it. */
export async function selectVoterByEmail(client: pg.ClientBase, email: string) {
  const { rows } = await client.query<{
    id: string;
    verified: boolean;
    birthYear: number | null;
  }>(
    `SELECT id, verified_at IS NOT NULL AS verified, birth_year AS "birthYear"
     FROM app_user WHERE email = lower($1) AND deleted_at IS NULL`,
    [email],
  );
  return rows[0] ?? null;
}

export type PaperBallotInsert = {
  editionId: string;
  voterId: string;
  districtPoolId: string | null;
  enteredById: string;
  reference: string;
};

/**
 * A paper ballot for the voter, or which rule kept it out: the sheet's reference was already
 * entered in the edition, or the voter already has a ballot there, online or on paper
 * (budget_ballot_one_per_voter). No statement fails inside the caller's transaction.
 */
export async function insertPaperBallot(
  client: pg.ClientBase,
  b: PaperBallotInsert,
): Promise<{ id: string; castAt: Date } | 'REFERENCE_TAKEN' | 'VOTER_HAS_VOTED'> {
  const { rows } = await client.query<{ id: string; castAt: Date }>(
    `INSERT INTO budget_ballot (edition_id, voter_id, district_pool_id, paper, entered_by_id, paper_reference)
     VALUES ($1, $2, $3, true, $4, $5)
     ON CONFLICT DO NOTHING
     RETURNING id, cast_at AS "castAt"`,
    [b.editionId, b.voterId, b.districtPoolId, b.enteredById, b.reference],
  );
  if (rows[0]) return rows[0];
  const taken = await client.query(
    'SELECT 1 FROM budget_ballot WHERE edition_id = $1 AND paper_reference = $2',
    [b.editionId, b.reference],
  );
  return taken.rowCount ? 'REFERENCE_TAKEN' : 'VOTER_HAS_VOTED';
}

export type PaperBallotRow = {
  id: string;
  editionId: string;
  districtPoolId: string | null;
  reference: string;
  castAt: Date;
  projectIds: string[];
};

const paperBallotColumns = `b.id, b.edition_id AS "editionId", b.district_pool_id AS "districtPoolId",
  b.paper_reference AS reference, b.cast_at AS "castAt",
  COALESCE(array_agg(a.project_id ORDER BY a.project_id) FILTER (WHERE a.project_id IS NOT NULL), '{}')
    AS "projectIds"`;

/** A page of the edition's paper ballots, newest first, one row more than `first`. */
export async function selectPaperBallots(
  client: pg.Pool,
  editionId: string,
  first: number,
  after: Keyset | null,
) {
  const { rows } = await client.query<PaperBallotRow>(
    `SELECT ${paperBallotColumns}
     FROM budget_ballot b LEFT JOIN budget_ballot_approval a ON a.ballot_id = b.id
     WHERE b.edition_id = $1 AND b.paper
       AND ($2::timestamptz IS NULL OR (b.cast_at, b.id) < ($2::timestamptz, $3::uuid))
     GROUP BY b.id ORDER BY b.cast_at DESC, b.id DESC LIMIT $4`,
    [editionId, after?.createdAt ?? null, after?.id ?? null, first + 1],
  );
  return rows;
}

export async function selectPaperBallotEdition(pool: pg.Pool, id: string) {
  const { rows } = await pool.query<{ editionId: string }>(
    'SELECT edition_id AS "editionId" FROM budget_ballot WHERE id = $1 AND paper',
    [id],
  );
  return rows[0]?.editionId ?? null;
}

/** The paper ballot, locked for a correction or removal; null when there is no such one. */
export async function lockPaperBallot(client: pg.ClientBase, id: string) {
  await client.query('SELECT 1 FROM budget_ballot WHERE id = $1 AND paper FOR UPDATE', [id]);
  const { rows } = await client.query<PaperBallotRow>(
    `SELECT ${paperBallotColumns}
     FROM budget_ballot b LEFT JOIN budget_ballot_approval a ON a.ballot_id = b.id
     WHERE b.id = $1 AND b.paper GROUP BY b.id`,
    [id],
  );
  return rows[0] ?? null;
}

export async function hasTally(client: pg.ClientBase, editionId: string) {
  const { rows } = await client.query(
    'SELECT 1 FROM budget_pool_result WHERE edition_id = $1 LIMIT 1',
    [editionId],
  );
  return rows.length > 0;
}

/** The sheet as corrected: its district pool and exactly `projectIds` approved. */
export async function updatePaperBallot(
  client: pg.ClientBase,
  id: string,
  districtPoolId: string | null,
  projectIds: readonly string[],
) {
  await client.query('UPDATE budget_ballot SET district_pool_id = $2 WHERE id = $1', [
    id,
    districtPoolId,
  ]);
  await client.query('DELETE FROM budget_ballot_approval WHERE ballot_id = $1', [id]);
  await insertApprovals(client, id, projectIds);
}

export async function deletePaperBallot(client: pg.ClientBase, id: string) {
  await client.query('DELETE FROM budget_ballot WHERE id = $1 AND paper', [id]);
}
