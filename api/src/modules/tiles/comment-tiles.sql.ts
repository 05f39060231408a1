import { join, raw, type Sql, sql } from '../../db/sql.js';
import { countConditions } from '../comments/comment-count.sql.js';
import { type CommentQuery, commentConditions } from '../comments/comment-filter.sql.js';
import { cellOf, envelope3857, envelope4326 } from './tile.sql.js';
import type { TileAddress } from './tile-address.js';
import { cellsPerSide, maxFeaturesPerTile } from './tile-layer.js';

/** Single remarks: the list's filter (one WHERE builder) and the tile's envelope. */
export const commentFeatures = (q: CommentQuery, a: TileAddress): Sql =>
  sql`SELECT c.id::text AS id, c.stance::text AS stance, c.status::text AS status,
             ST_Transform(c.geometry, 3857) AS geom
      FROM comment c
      WHERE ${commentConditions(q, sql`c.geometry && ${envelope4326(a)}`)}
      LIMIT ${maxFeaturesPerTile}`;

export const commentFeatureProperties = ['id', 'stance', 'status'] as const;

/**
 * The finest zoom whose cells the database counts as remarks are written (`comment_cell_count`:
 * 8 × 2^13 columns, migration 20261201230000_comment_counts). A coarser cell is a run of those
 * cells: their indexes shifted right by the zoom difference, exactly as `cellOf` divides.
 */
export const countedCellZoom = 13;

const stanceCounts = (n: Sql) =>
  join(
    ['SUPPORT', 'OBJECTION', 'PROPOSAL', 'QUESTION'].map(
      (stance) =>
        sql`NULLIF(${n} FILTER (WHERE stance = ${stance}), 0)::int AS ${raw(stance.toLowerCase())}`,
    ),
    ', ',
  );

/**
 * Remarks counted per grid cell, by stance, at the mean place of the cell's remarks: summed from
 * the counts kept per counted cell when the zoom and the filters allow, else counted from the
 * remarks themselves.
 */
export const commentCells = (q: CommentQuery, a: TileAddress): Sql =>
  (a.z <= countedCellZoom && keptCells(q, a)) || remarkCells(q, a);

function keptCells(q: CommentQuery, a: TileAddress): Sql | null {
  const shift = countedCellZoom - a.z;
  const first = (index: number) => (index * cellsPerSide) << shift;
  const last = (index: number) => (((index + 1) * cellsPerSide) << shift) - 1;
  const where = countConditions(
    q,
    sql`t.cell_column BETWEEN ${first(a.x)} AND ${last(a.x)}`,
    sql`t.cell_row BETWEEN ${first(a.y)} AND ${last(a.y)}`,
  );
  return (
    where &&
    sql`SELECT sum(remarks)::int AS count, ${stanceCounts(sql`sum(remarks)`)},
             ST_SetSRID(ST_MakePoint(sum(sum_x) / sum(remarks), sum(sum_y) / sum(remarks)), 3857) AS geom
        FROM comment_cell_count t
        WHERE ${where}
        GROUP BY t.cell_column >> ${shift}::int, t.cell_row >> ${shift}::int`
  );
}

/**
 * A remark counts where its stored point on surface (`map_point`, EPSG:3857) falls, so each is
 * in one cell of one tile; the tile's envelope is met in the same projection, through the index.
 */
function remarkCells(q: CommentQuery, a: TileAddress): Sql {
  const cell = cellOf(a, sql`c.map_point`);
  return sql`SELECT count(*)::int AS count, ${stanceCounts(sql`count(*)`)},
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
