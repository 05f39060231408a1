import type pg from 'pg';
import { type Queryable, sql } from '../../db/sql.js';
import type { ConsultationStatus } from '../../generated/prisma/enums.js';

/** The plans linked to a consultation now: the current version of each. */
export async function selectLinkedPlans(pool: pg.Pool, consultationId: string) {
  const { rows } = await pool.query<{ id: string; name: string; version: string }>(
    sql`SELECT p.id, p.name, p.version FROM spatial_plan p
        JOIN consultation_plan cp ON cp.plan_id = p.id
        WHERE cp.consultation_id = ${consultationId}`,
  );
  return rows;
}

/** The earlier version leaves the consultation (its zones no longer take remarks) but is kept. */
export async function unlinkReplaced(client: Queryable, planId: string, consultationId: string) {
  await client.query(
    sql`DELETE FROM consultation_plan
        WHERE plan_id = ${planId} AND consultation_id = ${consultationId}`,
  );
  await client.query(sql`UPDATE spatial_plan SET replaced_at = now() WHERE id = ${planId}`);
}

// A plan and every version after it, by previous_version_id; `bound` guards a long chain.
const laterVersions = (planId: string) =>
  sql`WITH RECURSIVE later(id, depth) AS (
        SELECT ${planId}::uuid, 0
        UNION ALL
        SELECT p.id, l.depth + 1 FROM spatial_plan p JOIN later l ON p.previous_version_id = l.id
        WHERE l.depth < 1000
      )`;

/**
 * The consultations a plan is for: those of its own links, or, for an earlier version, the
 * links of the version that replaced it (and so on). Who may see it follows from them.
 */
export async function selectPlanConsultations(pool: pg.Pool, planId: string) {
  const { rows } = await pool.query<{ status: ConsultationStatus; unitId: string }>(
    sql`${laterVersions(planId)}
        SELECT c.status, c.unit_id AS "unitId" FROM later
        JOIN consultation_plan cp ON cp.plan_id = later.id
        JOIN consultation c ON c.id = cp.consultation_id`,
  );
  return rows;
}

/** The versions of a plan, newest first, at most `first`: later ones, itself, earlier ones. */
export async function selectVersionIds(pool: pg.Pool, planId: string, first: number) {
  const { rows } = await pool.query<{ id: string }>(
    sql`${laterVersions(planId)}, newest AS (
          SELECT id FROM later ORDER BY depth DESC LIMIT 1
        ), earlier(id, depth) AS (
          SELECT id, 0 FROM newest
          UNION ALL
          SELECT p.previous_version_id, e.depth + 1 FROM earlier e JOIN spatial_plan p ON p.id = e.id
          WHERE p.previous_version_id IS NOT NULL AND e.depth < ${first}
        )
        SELECT id FROM earlier ORDER BY depth LIMIT ${first}`,
  );
  return rows.map((r) => r.id);
}

export type ZoneChange = { symbol: string; change: 'ADDED' | 'REMOVED' | 'CHANGED' | 'UNCHANGED' };

/** Each zone symbol of two versions and how it changed: designation, parameters or shape. */
export async function selectZoneChanges(pool: pg.Pool, planId: string, previousId: string) {
  const { rows } = await pool.query<ZoneChange>(
    sql`SELECT COALESCE(n.symbol, o.symbol) AS symbol,
          CASE WHEN o.id IS NULL THEN 'ADDED' WHEN n.id IS NULL THEN 'REMOVED'
               WHEN n.designation_code <> o.designation_code
                 OR n.designation_name <> o.designation_name
                 OR n.parameters <> o.parameters
                 OR NOT ST_Equals(n.geometry, o.geometry) THEN 'CHANGED'
               ELSE 'UNCHANGED' END AS change
        FROM (SELECT * FROM plan_zone WHERE plan_id = ${planId}) n
        FULL JOIN (SELECT * FROM plan_zone WHERE plan_id = ${previousId}) o ON o.symbol = n.symbol
        ORDER BY 1`,
  );
  return rows;
}
