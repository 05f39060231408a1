import type pg from 'pg';
import { join, type Sql, sql } from '../../db/sql.js';
import type { Keyset } from '../../graphql/connection.js';
import { type CommentRow, commentColumns, commentFrom } from './comment.sql.js';

export type HiddenQuery = { consultationId: string | null; search: string | null };

/** `%words%` for ILIKE, with the pattern's own characters taken literally. */
const containing = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditions(query: HiddenQuery, after: Keyset | null): Sql {
  const list = [
    sql`c.status = 'HIDDEN'`,
    query.consultationId && sql`c.consultation_id = ${query.consultationId}::uuid`,
    query.search && sql`c.body ILIKE ${containing(query.search)} ESCAPE '\\'`,
    after && sql`(c.created_at, c.id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`,
  ];
  return join(
    list.filter((c): c is Sql => Boolean(c)),
    ' AND ',
  );
}

/** Hidden comments, newest first (over the partial index of hidden ones); one row more. */
export async function selectHidden(
  pool: pg.Pool,
  query: HiddenQuery,
  first: number,
  after: Keyset | null,
) {
  const { rows } = await pool.query<CommentRow>(
    sql`SELECT ${commentColumns} FROM ${commentFrom} WHERE ${conditions(query, after)}
        ORDER BY c.created_at DESC, c.id DESC LIMIT ${first + 1}`,
  );
  return rows;
}

export async function countHidden(pool: pg.Pool, query: HiddenQuery) {
  const { rows } = await pool.query<{ count: number }>(
    sql`SELECT count(*)::int AS count FROM comment c WHERE ${conditions(query, null)}`,
  );
  return rows[0]?.count ?? 0;
}
