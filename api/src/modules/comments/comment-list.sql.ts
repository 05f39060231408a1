import type pg from 'pg';
import type { CommentStance, CommentStatus } from '../../generated/prisma/enums.js';
import type { Geometry } from '../../geo/geojson.js';
import type { Keyset } from '../../graphql/connection.js';
import { type CommentRow, commentColumns, commentFrom, geomParam } from './comment.sql.js';

export type CommentQuery = {
  consultationId: string;
  intersecting: Geometry | null;
  areaId: string | null;
  zoneId: string | null;
  stances: CommentStance[] | null;
  topicId: string | null;
  since: Date | null;
  until: Date | null;
  hasResponse: boolean | null;
  statuses: CommentStatus[];
  includeReplies: boolean;
};

/**
 * The WHERE for a comment list, holding only the filters given: each spatial filter then
 * reaches the planner as a plain `ST_Intersects(c.geometry, …)` it can answer from the GiST index.
 */
function whereOf(q: CommentQuery) {
  const values: unknown[] = [];
  const $ = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const conditions = [
    `c.consultation_id = ${$(q.consultationId)}::uuid`,
    `c.status = ANY(${$(q.statuses)}::comment_status[])`,
  ];
  if (!q.includeReplies) conditions.push('c.parent_id IS NULL');
  if (q.intersecting) {
    conditions.push(`ST_Intersects(c.geometry, ${geomParam($(JSON.stringify(q.intersecting)))})`);
  }
  if (q.areaId) {
    conditions.push(
      `ST_Intersects(c.geometry, (SELECT a.geometry FROM area a WHERE a.id = ${$(q.areaId)}::uuid))`,
    );
  }
  if (q.zoneId) conditions.push(`c.zone_id = ${$(q.zoneId)}::uuid`);
  if (q.stances) conditions.push(`c.stance = ANY(${$(q.stances)}::comment_stance[])`);
  if (q.topicId) conditions.push(`c.topic_id = ${$(q.topicId)}::uuid`);
  if (q.since) conditions.push(`c.created_at >= ${$(q.since)}::timestamptz`);
  if (q.until) conditions.push(`c.created_at < ${$(q.until)}::timestamptz`);
  if (q.hasResponse !== null) {
    const exists = 'EXISTS (SELECT 1 FROM official_response r WHERE r.comment_id = c.id)';
    conditions.push(q.hasResponse ? exists : `NOT ${exists}`);
  }
  return { conditions, values, $ };
}

/** One page in (createdAt, id) order, with one row more than `first`; exported for EXPLAIN. */
export function commentPageSql(q: CommentQuery, first: number, after: Keyset | null) {
  const { conditions, values, $ } = whereOf(q);
  if (after) {
    conditions.push(
      `(c.created_at, c.id) > (${$(after.createdAt)}::timestamptz, ${$(after.id)}::uuid)`,
    );
  }
  const text = `SELECT ${commentColumns} FROM ${commentFrom}
    WHERE ${conditions.join('\n      AND ')}
    ORDER BY c.created_at, c.id LIMIT ${$(first + 1)}`;
  return { text, values };
}

export async function selectCommentPage(
  pool: pg.Pool,
  q: CommentQuery,
  first: number,
  after: Keyset | null,
) {
  return (await pool.query<CommentRow>(commentPageSql(q, first, after))).rows;
}

export function commentCountSql(q: CommentQuery) {
  const { conditions, values } = whereOf(q);
  const text = `SELECT count(*)::int AS count FROM comment c WHERE ${conditions.join(' AND ')}`;
  return { text, values };
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
  const p = `${geomParam('$1')}::geography`;
  const { rows } = await pool.query<CommentRow>(
    `SELECT ${commentColumns} FROM ${commentFrom}
     WHERE c.status = 'VISIBLE' AND k.status <> 'DRAFT'
       AND ($3::uuid IS NULL OR c.consultation_id = $3)
       AND c.geometry && ST_Buffer(${p}, $2::float8)::geometry
       AND ST_DWithin(c.geometry::geography, ${p}, $2::float8)
     ORDER BY ST_Distance(c.geometry::geography, ${p}), c.id
     LIMIT $4`,
    [JSON.stringify(near.point), near.radiusMeters, near.consultationId, near.limit],
  );
  return rows;
}

/** An author's own comments and replies in every status, newest first. */
export async function selectCommentsByAuthor(pool: pg.Pool, authorId: string, limit: number) {
  const { rows } = await pool.query<CommentRow>(
    `SELECT ${commentColumns} FROM ${commentFrom}
     WHERE c.author_id = $1::uuid ORDER BY c.created_at DESC, c.id DESC LIMIT $2`,
    [authorId, limit],
  );
  return rows;
}
