import type pg from 'pg';
import { join, type Sql, sql } from '../../db/sql.js';
import { type CommentRow, commentColumns } from './comment.sql.js';
import { autoHiddenReason } from './moderation.sql.js';
import { CommentSubject, ModerationOrder, ModerationState } from './moderation.type.js';
import type { QueueKey } from './moderation-cursor.js';

/** The reports a queue item lists; `reportCount` counts them all. */
export const reportsShown = 20;

export type QueueQuery = {
  consultationId: string | null;
  state: ModerationState | null;
  subject: CommentSubject | null;
  order: ModerationOrder;
};

export type QueueRecord = CommentRow & {
  waitingSince: Date;
  reportCount: number;
  reports: { id: string; reason: string; createdAt: string }[];
};

// Driven by the open reports (a partial index), plus remarks hidden automatically whose reports
// are gone (a deleted reporter): never a pass over every comment. An item waits from its
// oldest open report.
const queueFrom = sql`(
    SELECT r.comment_id AS id, min(r.created_at) AS since, count(*)::int AS n
    FROM comment_report r WHERE r.resolved_at IS NULL GROUP BY r.comment_id
    UNION ALL
    SELECT h.id, h.created_at, 0 FROM comment h
    WHERE h.status = 'HIDDEN' AND h.hidden_reason = ${autoHiddenReason}
      AND NOT EXISTS (SELECT 1 FROM comment_report r
                      WHERE r.comment_id = h.id AND r.resolved_at IS NULL)) q
  JOIN comment c ON c.id = q.id LEFT JOIN consultation k ON k.id = c.consultation_id`;

function conditions(query: QueueQuery, after: QueueKey | null): Sql {
  const autoHidden = sql`(c.status = 'HIDDEN' AND c.hidden_reason = ${autoHiddenReason})`;
  const state = {
    [ModerationState.REPORTED]: sql`c.status = 'VISIBLE'`,
    [ModerationState.AUTO_HIDDEN]: autoHidden,
  };
  const subject = {
    [CommentSubject.CONSULTATION]: sql`c.consultation_id IS NOT NULL`,
    [CommentSubject.BUDGET_PROJECT]: sql`c.project_id IS NOT NULL`,
  };
  const list = [
    sql`(c.status = 'VISIBLE' OR ${autoHidden})`,
    query.consultationId && sql`c.consultation_id = ${query.consultationId}::uuid`,
    query.state && state[query.state],
    query.subject && subject[query.subject],
    after && keysetAfter(query.order, after),
  ];
  return join(
    list.filter((c): c is Sql => Boolean(c)),
    ' AND ',
  );
}

function keysetAfter(order: ModerationOrder, { reports, since, id }: QueueKey): Sql {
  const at = sql`${since}::timestamptz, ${id}::uuid`;
  switch (order) {
    case ModerationOrder.LONGEST_WAITING:
      return sql`(q.since, c.id) > (${at})`;
    case ModerationOrder.NEWEST:
      return sql`(q.since, c.id) < (${at})`;
    case ModerationOrder.MOST_REPORTED:
      return sql`(-q.n, q.since, c.id) > (${-reports}::int, ${at})`;
  }
}

const orderBy: Record<ModerationOrder, Sql> = {
  [ModerationOrder.LONGEST_WAITING]: sql`q.since, c.id`,
  [ModerationOrder.NEWEST]: sql`q.since DESC, c.id DESC`,
  [ModerationOrder.MOST_REPORTED]: sql`q.n DESC, q.since, c.id`,
};

/** One page of the moderation queue, one row more than `first`. */
export async function selectQueue(
  pool: pg.Pool,
  query: QueueQuery,
  first: number,
  after: QueueKey | null,
) {
  const { rows } = await pool.query<QueueRecord>(
    sql`SELECT ${commentColumns}, q.since AS "waitingSince", q.n AS "reportCount",
          (SELECT COALESCE(json_agg(json_build_object('id', r.id, 'reason', r.reason,
                                                      'createdAt', r.created_at)
                                    ORDER BY r.created_at, r.id), '[]')
           FROM (SELECT r.id, r.reason, r.created_at FROM comment_report r
                 WHERE r.comment_id = c.id AND r.resolved_at IS NULL
                 ORDER BY r.created_at, r.id LIMIT ${reportsShown}) r) AS reports
        FROM ${queueFrom} WHERE ${conditions(query, after)}
        ORDER BY ${orderBy[query.order]} LIMIT ${first + 1}`,
  );
  return rows;
}

export async function countQueue(pool: pg.Pool, query: QueueQuery) {
  const { rows } = await pool.query<{ count: number }>(
    sql`SELECT count(*)::int AS count FROM ${queueFrom} WHERE ${conditions(query, null)}`,
  );
  return rows[0]?.count ?? 0;
}

/** The size of the whole queue, for the staff overview. */
export const countWholeQueue = (pool: pg.Pool) =>
  countQueue(pool, {
    consultationId: null,
    state: null,
    subject: null,
    order: ModerationOrder.LONGEST_WAITING,
  });

/** Per author: comments written and how many are hidden now (over the author index). */
export async function selectAuthorHistory(pool: pg.Pool, authorIds: readonly string[]) {
  const { rows } = await pool.query<{ authorId: string; comments: number; hidden: number }>(
    sql`SELECT author_id AS "authorId", count(*)::int AS comments,
               (count(*) FILTER (WHERE status = 'HIDDEN'))::int AS hidden
        FROM comment WHERE author_id = ANY(${authorIds}::uuid[]) GROUP BY author_id`,
  );
  return new Map(rows.map((r) => [r.authorId, r]));
}
