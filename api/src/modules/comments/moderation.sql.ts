import type pg from 'pg';
import type { Queryable } from '../../db/sql.js';
import type { CommentStatus } from '../../generated/prisma/enums.js';

export const reportsToHide = 3;
export const autoHiddenReason = `Hidden after ${reportsToHide} reports, pending review`;

/**
 * Locks a comment for a moderation change and reads its state. Reports of the same comment
 * then queue behind each other, so that the third one always sees the first two.
 */
export async function lockComment(client: pg.ClientBase, id: string) {
  const { rows } = await client.query<{ status: CommentStatus; hiddenReason: string | null }>(
    'SELECT status, hidden_reason AS "hiddenReason" FROM comment WHERE id = $1 FOR UPDATE',
    [id],
  );
  return rows[0] ?? null;
}

export async function insertReport(
  client: pg.ClientBase,
  commentId: string,
  reporterId: string,
  reason: string,
) {
  await client.query(
    'INSERT INTO comment_report (comment_id, reporter_id, reason) VALUES ($1, $2, $3)',
    [commentId, reporterId, reason],
  );
}

/**
 * Hides a visible comment that enough different users have reported; true if it did. Only
 * reporters whose accounts are at least `minAccountAgeHours` old count, so that accounts made
 * for the purpose cannot hide a remark; their reports still reach the moderators' queue.
 */
export async function hideIfReportedEnough(
  client: pg.ClientBase,
  id: string,
  minAccountAgeHours: number,
) {
  const { rowCount } = await client.query(
    `UPDATE comment SET status = 'HIDDEN', hidden_reason = $2
     WHERE id = $1 AND status = 'VISIBLE'
       AND (SELECT count(DISTINCT r.reporter_id) FROM comment_report r
            JOIN app_user u ON u.id = r.reporter_id
            WHERE r.comment_id = $1 AND r.resolved_at IS NULL
              AND u.created_at <= now() - make_interval(hours => $4)) >= $3`,
    [id, autoHiddenReason, reportsToHide, minAccountAgeHours],
  );
  return rowCount === 1;
}

export async function setStatus(
  client: Queryable,
  id: string,
  status: CommentStatus,
  hiddenReason: string | null,
) {
  await client.query('UPDATE comment SET status = $2, hidden_reason = $3 WHERE id = $1', [
    id,
    status,
    hiddenReason,
  ]);
}

/** Marks a comment's open reports as dealt with; returns how many there were. */
export async function resolveReports(client: pg.ClientBase, id: string) {
  const { rowCount } = await client.query(
    'UPDATE comment_report SET resolved_at = now() WHERE comment_id = $1 AND resolved_at IS NULL',
    [id],
  );
  return rowCount ?? 0;
}

/** Open reports per comment, for `reportCount`. */
export async function countOpenReports(pool: pg.Pool, ids: readonly string[]) {
  const { rows } = await pool.query<{ id: string; count: number }>(
    `SELECT comment_id AS id, count(*)::int AS count FROM comment_report
     WHERE comment_id = ANY($1::uuid[]) AND resolved_at IS NULL GROUP BY comment_id`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.count]));
}
