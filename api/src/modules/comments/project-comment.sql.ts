import type pg from 'pg';
import { empty, sql } from '../../db/sql.js';
import type { Keyset } from '../../graphql/connection.js';
import { type CommentRow, commentColumns, commentFrom } from './comment.sql.js';

// A project's visible comments (replies come through `replies`), over the project index.
const visibleOf = (projectId: string) =>
  sql`c.project_id = ${projectId}::uuid AND c.status = 'VISIBLE' AND c.parent_id IS NULL`;

/** One page oldest first, in (createdAt, id) order, with one row more than `first`. */
export async function selectProjectCommentPage(
  pool: pg.Pool,
  projectId: string,
  first: number,
  after: Keyset | null,
) {
  const from = after
    ? sql`AND (c.created_at, c.id) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`
    : empty;
  const { rows } = await pool.query<CommentRow>(
    sql`SELECT ${commentColumns} FROM ${commentFrom} WHERE ${visibleOf(projectId)} ${from}
        ORDER BY c.created_at, c.id LIMIT ${first + 1}`,
  );
  return rows;
}

export async function countProjectComments(pool: pg.Pool, projectId: string) {
  const { rows } = await pool.query<{ count: number }>(
    sql`SELECT count(*)::int AS count FROM comment c WHERE ${visibleOf(projectId)}`,
  );
  return rows[0]?.count ?? 0;
}
