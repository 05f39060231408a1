import type pg from 'pg';
import { sql } from '../../db/sql.js';
import type { Geometry } from '../../geo/geojson.js';
import { geometryParam } from '../../geo/geometry.sql.js';
import type { Keyset } from '../../graphql/connection.js';
import { type CommentRow, commentColumns, commentFrom } from './comment.sql.js';
import { countConditions } from './comment-count.sql.js';
import { type CommentQuery, commentConditions } from './comment-filter.sql.js';

/** One page in (createdAt, id) order, with one row more than `first`; exported for EXPLAIN. */
export function commentPageSql(q: CommentQuery, first: number, after: Keyset | null) {
  const from = after
    ? sql`(c.created_at, c.id) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`
    : null;
  return sql`SELECT ${commentColumns} FROM ${commentFrom}
    WHERE ${from ? commentConditions(q, from) : commentConditions(q)}
    ORDER BY c.created_at, c.id LIMIT ${first + 1}`;
}

export async function selectCommentPage(
  pool: pg.Pool,
  q: CommentQuery,
  first: number,
  after: Keyset | null,
) {
  return (await pool.query<CommentRow>(commentPageSql(q, first, after))).rows;
}

/** The total: summed from the counts kept per map cell when they hold the filters. */
export function commentCountSql(q: CommentQuery) {
  const kept = countConditions(q);
  return kept
    ? sql`SELECT coalesce(sum(t.remarks), 0)::int AS count FROM comment_cell_count t WHERE ${kept}`
    : sql`SELECT count(*)::int AS count FROM comment c WHERE ${commentConditions(q)}`;
}

export async function countComments(pool: pg.Pool, q: CommentQuery) {
  const { rows } = await pool.query<{ count: number }>(commentCountSql(q));
  return rows[0]?.count ?? 0;
}

/**
 * Visible remarks within `radiusMeters` of a point, nearest first. The box of the buffered point
 * lets the GiST index on geometry narrow the rows before the exact distance on the spheroid.
 */
export async function selectCommentsNear(
  pool: pg.Pool,
  near: { point: Geometry; radiusMeters: number; consultationId: string | null; limit: number },
) {
  const { radiusMeters: r, consultationId } = near;
  const p = sql`${geometryParam(near.point)}::geography`;
  const { rows } = await pool.query<CommentRow>(
    sql`SELECT ${commentColumns} FROM ${commentFrom}
        WHERE c.status = 'VISIBLE' AND k.status <> 'DRAFT'
          AND (${consultationId}::uuid IS NULL OR c.consultation_id = ${consultationId}::uuid)
          AND c.geometry && ST_Buffer(${p}, ${r}::float8)::geometry
          AND ST_DWithin(c.geometry::geography, ${p}, ${r}::float8)
        ORDER BY ST_Distance(c.geometry::geography, ${p}), c.id
        LIMIT ${near.limit}`,
  );
  return rows;
}

/** An author's own comments and replies in every status, newest first. */
export async function selectCommentsByAuthor(pool: pg.Pool, authorId: string, limit: number) {
  const { rows } = await pool.query<CommentRow>(
    sql`SELECT ${commentColumns} FROM ${commentFrom}
        WHERE c.author_id = ${authorId}::uuid ORDER BY c.created_at DESC, c.id DESC
        LIMIT ${limit}`,
  );
  return rows;
}
