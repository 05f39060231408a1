import { type Sql, sql } from '../../db/sql.js';
import { type CommentQuery, commentConditions } from '../comments/comment-filter.sql.js';
import { cellOf, envelope3857, envelope4326 } from './tile.sql.js';
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
 * counts where its stored point on surface (`map_point`, EPSG:3857) falls, so each is in one
 * cell of one tile; the tile's envelope is met in the same projection, through the index.
 */
export function commentCells(q: CommentQuery, a: TileAddress): Sql {
  const cell = cellOf(a, sql`c.map_point`);
  return sql`SELECT count(*)::int AS count,
             NULLIF(count(*) FILTER (WHERE k.stance = 'SUPPORT'), 0)::int AS support,
             NULLIF(count(*) FILTER (WHERE k.stance = 'OBJECTION'), 0)::int AS objection,
             NULLIF(count(*) FILTER (WHERE k.stance = 'PROPOSAL'), 0)::int AS proposal,
             NULLIF(count(*) FILTER (WHERE k.stance = 'QUESTION'), 0)::int AS question,
             ST_SetSRID(ST_MakePoint(avg(k.x), avg(k.y)), 3857) AS geom
      FROM (SELECT c.stance, ST_X(c.map_point) AS x, ST_Y(c.map_point) AS y,
                   ${cell.column} AS col, ${cell.row} AS row
            FROM comment c
            WHERE ${commentConditions(q, sql`c.map_point && ${envelope3857(a)}`)}) k
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
