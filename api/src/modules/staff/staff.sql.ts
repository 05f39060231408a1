import type pg from 'pg';
import { sql } from '../../db/sql.js';
import type { ConsultationStatus } from '../../generated/prisma/enums.js';

/** `k.unit_id` among `unitIds`; null: every unit (an admin). */
const ofUnits = (unitIds: readonly string[] | null) =>
  unitIds === null ? sql`true` : sql`k.unit_id = ANY(${unitIds}::uuid[])`;

export async function countByStatus(pool: pg.Pool, unitIds: readonly string[] | null) {
  const { rows } = await pool.query<{ status: ConsultationStatus; count: number }>(
    sql`SELECT k.status, count(*)::int AS count FROM consultation k
        WHERE ${ofUnits(unitIds)} GROUP BY k.status`,
  );
  return new Map(rows.map((r) => [r.status, r.count]));
}

export type AwaitingRow = {
  consultationId: string;
  unanswered: number;
  unansweredHidden: number;
  total: number;
};

/**
 * Per open or closed consultation of the units, its unanswered top-level remarks, visible and
 * hidden (withdrawn ones need no answer); the `limit` with most visible ones, each row with
 * the total of visible ones over all of them.
 */
export async function selectAwaitingAnswer(
  pool: pg.Pool,
  unitIds: readonly string[] | null,
  limit: number,
) {
  const { rows } = await pool.query<AwaitingRow>(
    sql`SELECT c.consultation_id AS "consultationId",
               (count(*) FILTER (WHERE c.status = 'VISIBLE'))::int AS unanswered,
               (count(*) FILTER (WHERE c.status = 'HIDDEN'))::int AS "unansweredHidden",
               (sum(count(*) FILTER (WHERE c.status = 'VISIBLE')) OVER ())::int AS total
        FROM consultation k JOIN comment c ON c.consultation_id = k.id
        WHERE k.status IN ('OPEN', 'CLOSED') AND ${ofUnits(unitIds)}
          AND c.parent_id IS NULL AND c.status <> 'WITHDRAWN'
          AND NOT EXISTS (SELECT 1 FROM official_response r WHERE r.comment_id = c.id)
        GROUP BY c.consultation_id
        ORDER BY unanswered DESC, "unansweredHidden" DESC, c.consultation_id LIMIT ${limit}`,
  );
  return rows;
}
