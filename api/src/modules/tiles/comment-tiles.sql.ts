import { type Sql, sql } from '../../db/sql.js';
import { type CommentQuery, commentConditions } from '../comments/comment-filter.sql.js';
import { cellOf, envelope4326, extent } from './tile.sql.js';
import type { TileAddress } from './tile-address.js';
import { maxFeaturesPerTile } from './tile-layer.js';

/** Single remarks: the list's filter (one WHERE builder) and the tile's envelope. */
export const commentFeatures = (q: CommentQuery, a: TileAddress): Sql =>
  sql`SELECT c.id::text AS id, c.stance::text AS stance, c.status::text AS status,
             ST_Transform(c.geometry, 3857) AS geom
      FROM comment c
      WHERE ${commentConditions(q, sql`c.geometry && ${envelope4326(a)}`)}
      LIMIT ${maxFeaturesPerTile}`;

export const commentFeatureProperties = ['id', 'stance', 'status'] as const;

/**
 * Remarks counted per grid cell, by stance, at the mean place of the cell's remarks. A remark
 * counts where its point on surface falls, so each is in one cell of one tile.
 */
export function commentCells(q: CommentQuery, a: TileAddress): Sql {
  const cell = cellOf(a, sql`p.point`);
  return sql`SELECT count(*)::int AS count,
             NULLIF(count(*) FILTER (WHERE k.stance = 'SUPPORT'), 0)::int AS support,
             NULLIF(count(*) FILTER (WHERE k.stance = 'OBJECTION'), 0)::int AS objection,
             NULLIF(count(*) FILTER (WHERE k.stance = 'PROPOSAL'), 0)::int AS proposal,
             NULLIF(count(*) FILTER (WHERE k.stance = 'QUESTION'), 0)::int AS question,
             ST_SetSRID(ST_MakePoint(avg(ST_X(k.point)), avg(ST_Y(k.point))), 3857) AS geom
      FROM (SELECT p.stance, p.point, ${cell.column} AS col, ${cell.row} AS row
            FROM (SELECT c.stance, ST_Transform(ST_PointOnSurface(c.geometry), 3857) AS point
                  FROM comment c
                  WHERE ${commentConditions(q, sql`c.geometry && ${envelope4326(a, 1 / extent)}`)}) p) k
      WHERE ${cell.inTile(sql`k.col`, sql`k.row`)}
      GROUP BY k.col, k.row`;
}

export const commentCellProperties = [
  'count',
  'support',
  'objection',
  'proposal',
  'question',
] as const;
