import type pg from 'pg';
import { money } from '../money.js';
import type { ProjectOutcome } from './project-outcome.js';
import type { PoolResult } from './result.type.js';

export type TallyProject = {
  id: string;
  /** The Pabulib id of an imported project, else its id: what the rules tally by. */
  ref: string;
  poolId: string;
  title: string;
  costGrosze: string;
  votes: number;
};

/** Tallied projects: ACCEPTED (or already SELECTED / NOT_SELECTED by an earlier tally). */
export async function selectTallyProjects(client: pg.ClientBase, editionId: string) {
  const { rows } = await client.query<TallyProject>(
    `SELECT p.id, COALESCE(p.external_id, p.id::text) AS ref, p.pool_id AS "poolId", p.title,
            p.cost_grosze::text AS "costGrosze",
            (SELECT count(*)::int FROM budget_ballot_approval a WHERE a.project_id = p.id) AS votes
     FROM budget_project p JOIN budget_pool pl ON pl.id = p.pool_id
     WHERE pl.edition_id = $1 AND p.status IN ('ACCEPTED', 'SELECTED', 'NOT_SELECTED')`,
    [editionId],
  );
  return rows;
}

/** Approvals grouped by ballot and pool: what each voter approved, without saying who voted. */
export async function selectPoolBallots(client: pg.ClientBase, editionId: string) {
  const { rows } = await client.query<{ poolId: string; refs: string[] }>(
    `SELECT p.pool_id AS "poolId", array_agg(COALESCE(p.external_id, p.id::text)) AS refs
     FROM budget_ballot b
     JOIN budget_ballot_approval a ON a.ballot_id = b.id
     JOIN budget_project p ON p.id = a.project_id
     WHERE b.edition_id = $1 AND p.status IN ('ACCEPTED', 'SELECTED', 'NOT_SELECTED')
     GROUP BY b.id, p.pool_id`,
    [editionId],
  );
  return rows;
}

export async function selectConflictRefs(client: pg.ClientBase, editionId: string) {
  const { rows } = await client.query<{ a: string; b: string }>(
    `SELECT COALESCE(pa.external_id, pa.id::text) AS a, COALESCE(pb.external_id, pb.id::text) AS b
     FROM budget_project_conflict c
     JOIN budget_project pa ON pa.id = c.project_a_id
     JOIN budget_pool pl ON pl.id = pa.pool_id
     JOIN budget_project pb ON pb.id = c.project_b_id
     WHERE pl.edition_id = $1`,
    [editionId],
  );
  return rows.map((r): [string, string] => [r.a, r.b]);
}

export async function hasPublishedResults(client: pg.ClientBase, editionId: string) {
  const { rows } = await client.query(
    'SELECT 1 FROM budget_pool_result WHERE edition_id = $1 AND published_at IS NOT NULL LIMIT 1',
    [editionId],
  );
  return rows.length > 0;
}

/** Publishes the edition's tallied results; false when there are none to publish. */
export async function publishPoolResults(client: pg.ClientBase, editionId: string) {
  const { rowCount } = await client.query(
    'UPDATE budget_pool_result SET published_at = now() WHERE edition_id = $1',
    [editionId],
  );
  return Boolean(rowCount);
}

/** Marks each tallied project SELECTED or NOT_SELECTED, as its published result says. */
export async function setSelectedStatuses(client: pg.ClientBase, editionId: string) {
  await client.query(
    `UPDATE budget_project p SET status = CASE WHEN (x->>'selected')::boolean
        THEN 'SELECTED'::budget_project_status ELSE 'NOT_SELECTED' END
     FROM budget_pool_result r, jsonb_array_elements(r.result->'projects') x
     WHERE r.edition_id = $1 AND p.id = (x->>'projectId')::uuid`,
    [editionId],
  );
}

export async function upsertPoolResult(
  client: pg.ClientBase,
  editionId: string,
  poolId: string,
  result: unknown,
) {
  await client.query(
    `INSERT INTO budget_pool_result (pool_id, edition_id, result) VALUES ($1, $2, $3)
     ON CONFLICT (pool_id) DO UPDATE SET result = EXCLUDED.result, tallied_at = now()
     WHERE budget_pool_result.published_at IS NULL`,
    [poolId, editionId, JSON.stringify(result)],
  );
}

export type StoredResult = {
  poolId: string;
  poolName: string;
  result: {
    rule: string;
    budgetGrosze: string;
    costGrosze: string;
    projects: {
      projectId: string;
      title: string;
      costGrosze: string;
      votes: number;
      selected: boolean;
      /** Absent from tallies stored before outcomes were recorded. */
      outcome?: ProjectOutcome;
      conflictWith?: string | null;
    }[];
    log: unknown;
  };
  talliedAt: Date;
  publishedAt: Date | null;
};

/** A stored result as the API shows it: money exact, the log as JSON text. */
export function toPoolResult(row: StoredResult): PoolResult {
  const r = row.result;
  return {
    poolId: row.poolId,
    poolName: row.poolName,
    rule: r.rule,
    budget: money(r.budgetGrosze),
    cost: money(r.costGrosze),
    leftover: money(BigInt(r.budgetGrosze) - BigInt(r.costGrosze)),
    projects: r.projects.map((p) => ({
      ...p,
      cost: money(p.costGrosze),
      outcome: p.outcome ?? null,
      conflictWith: p.conflictWith ?? null,
    })),
    log: r.log == null ? null : JSON.stringify(r.log),
    talliedAt: row.talliedAt,
    publishedAt: row.publishedAt,
  };
}

export async function selectResults(pool: pg.Pool, editionId: string, publishedOnly: boolean) {
  const { rows } = await pool.query<StoredResult>(
    `SELECT r.pool_id AS "poolId", pl.name AS "poolName", r.result, r.tallied_at AS "talliedAt",
            r.published_at AS "publishedAt"
     FROM budget_pool_result r JOIN budget_pool pl ON pl.id = r.pool_id
     WHERE r.edition_id = $1 AND (NOT $2 OR r.published_at IS NOT NULL)
     ORDER BY pl.kind DESC, pl.name`,
    [editionId, publishedOnly],
  );
  return rows;
}

/** The edition's lot seed, locking the edition so that tallies and publication queue up. */
export async function lockEditionSeed(client: pg.ClientBase, editionId: string) {
  const { rows } = await client.query<{ seed: string }>(
    'SELECT lot_seed::text AS seed FROM budget_edition WHERE id = $1 FOR UPDATE',
    [editionId],
  );
  return Number(rows[0]?.seed ?? 0);
}
