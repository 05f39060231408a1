import type pg from 'pg';
import { empty, type Queryable, sql } from '../../db/sql.js';
import type { CommentStatus } from '../../generated/prisma/enums.js';
import type { Keyset } from '../../graphql/connection.js';
import { type CommentRow, commentColumns, commentFrom } from './comment.sql.js';

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

type QueueRecord = CommentRow & {
  waitingSince: Date;
  reports: { id: string; reason: string; createdAt: string }[];
};

// A comment waits from its oldest open report; an auto-hidden one waits until reviewed.
const queueFrom = sql`${commentFrom}
  CROSS JOIN LATERAL (
    SELECT min(r.created_at) AS since,
           COALESCE(json_agg(json_build_object('id', r.id, 'reason', r.reason, 'createdAt', r.created_at)
                             ORDER BY r.created_at, r.id), '[]') AS reports
    FROM comment_report r WHERE r.comment_id = c.id AND r.resolved_at IS NULL) q
  WHERE c.status <> 'WITHDRAWN'
    AND (q.since IS NOT NULL OR (c.status = 'HIDDEN' AND c.hidden_reason = ${autoHiddenReason}))`;

const waitingSince = sql`COALESCE(q.since, c.created_at)`;

/** The moderation queue, longest waiting first; one row more than `first`. */
export async function selectQueue(pool: pg.Pool, first: number, after: Keyset | null) {
  const from = after
    ? sql`AND (${waitingSince}, c.id) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`
    : empty;
  const { rows } = await pool.query<QueueRecord>(
    sql`SELECT ${commentColumns}, ${waitingSince} AS "waitingSince", q.reports FROM ${queueFrom}
        ${from} ORDER BY ${waitingSince}, c.id LIMIT ${first + 1}`,
  );
  return rows.map(({ waitingSince, reports, ...comment }) => ({
    comment,
    waitingSince,
    reports: reports.map((r) => ({ ...r, createdAt: new Date(r.createdAt) })),
    autoHidden: comment.status === 'HIDDEN' && comment.hiddenReason === autoHiddenReason,
  }));
}

export async function countQueue(pool: pg.Pool) {
  const { rows } = await pool.query<{ count: number }>(
    sql`SELECT count(*)::int AS count FROM ${queueFrom}`,
  );
  return rows[0]?.count ?? 0;
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
