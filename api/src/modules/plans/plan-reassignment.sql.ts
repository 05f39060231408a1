import type pg from 'pg';
import { type Queryable, sql } from '../../db/sql.js';

export type ReassignmentRow = {
  planId: string;
  consultationId: string;
  status: 'RUNNING' | 'DONE' | 'FAILED';
  total: number;
  done: number;
  moved: number;
  afterCommentId: string | null;
  startedAt: Date;
  finishedAt: Date | null;
};

const columns = sql`r.plan_id AS "planId", r.consultation_id AS "consultationId", r.status,
  r.total, r.done, r.moved, r.after_comment_id AS "afterCommentId", r.started_at AS "startedAt",
  r.finished_at AS "finishedAt"`;

/** Starts the re-derivation of a consultation's remarks' zones for a newly linked plan. */
export async function insertReassignment(
  client: Queryable,
  planId: string,
  consultationId: string,
) {
  const { rows } = await client.query<ReassignmentRow>(
    sql`INSERT INTO plan_reassignment AS r (plan_id, consultation_id, total)
        SELECT ${planId}, ${consultationId}, count(*)::int FROM comment
        WHERE consultation_id = ${consultationId}::uuid AND geometry IS NOT NULL
        RETURNING ${columns}`,
  );
  return rows[0] as ReassignmentRow;
}

export async function selectReassignments(pool: pg.Pool, planIds: readonly string[]) {
  const { rows } = await pool.query<ReassignmentRow>(
    sql`SELECT ${columns} FROM plan_reassignment r WHERE r.plan_id = ANY(${planIds}::uuid[])`,
  );
  return rows;
}

/** Whether a re-derivation is under way for the consultation, which a new import must await. */
export async function isReassignmentRunning(pool: pg.Pool, consultationId: string) {
  const { rows } = await pool.query(
    sql`SELECT 1 FROM plan_reassignment
        WHERE consultation_id = ${consultationId} AND status = 'RUNNING' LIMIT 1`,
  );
  return rows.length > 0;
}

/**
 * Records a batch done after `from` (the last remark before it): a batch smaller than its size
 * was the last one. Another process that recorded it first wins, and nothing is counted twice.
 */
export async function recordBatch(
  client: Queryable,
  step: Pick<ReassignmentRow, 'planId' | 'afterCommentId'>,
  batch: { done: number; moved: number; last: string | null },
  size: number,
) {
  const { rows } = await client.query<ReassignmentRow>(
    sql`UPDATE plan_reassignment r SET
          done = r.done + ${batch.done},
          total = greatest(r.total, r.done + ${batch.done}),
          moved = r.moved + ${batch.moved},
          after_comment_id = COALESCE(${batch.last}::uuid, r.after_comment_id),
          status = CASE WHEN ${batch.done} < ${size} THEN 'DONE' ELSE 'RUNNING' END::plan_reassignment_status,
          finished_at = CASE WHEN ${batch.done} < ${size} THEN now() END
        WHERE r.plan_id = ${step.planId} AND r.status = 'RUNNING'
          AND r.after_comment_id IS NOT DISTINCT FROM ${step.afterCommentId}::uuid
        RETURNING ${columns}`,
  );
  return rows[0] ?? null;
}

export async function failReassignment(pool: pg.Pool, planId: string) {
  await pool.query(
    sql`UPDATE plan_reassignment SET status = 'FAILED', finished_at = now()
        WHERE plan_id = ${planId} AND status = 'RUNNING'`,
  );
}
