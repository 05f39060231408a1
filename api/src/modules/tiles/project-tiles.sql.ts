import type pg from 'pg';
import { join, raw, type Sql, sql } from '../../db/sql.js';
import { BudgetProjectStatus } from '../../generated/prisma/enums.js';
import { type ProjectQuery, from as projects, whereOf } from '../budget/projects/project.sql.js';
import { cellOf, envelope4326, extent } from './tile.sql.js';
import type { TileAddress } from './tile-address.js';
import { maxFeaturesPerTile } from './tile-layer.js';

const statuses = Object.values(BudgetProjectStatus);

export async function editionExists(pool: pg.Pool, id: string) {
  const { rows } = await pool.query(sql`SELECT 1 FROM budget_edition WHERE id = ${id}::uuid`);
  return rows.length > 0;
}

/**
 * One feature per location of each project the list's filter takes, with the percent of its
 * latest delivery update once it has one.
 */
export const projectFeatures = (q: ProjectQuery, a: TileAddress): Sql =>
  sql`SELECT p.id::text AS id, p.status::text AS status,
        (SELECT u.progress FROM budget_delivery_update u WHERE u.project_id = p.id
         ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1) AS progress,
        ST_Transform(l.geometry, 3857) AS geom
      FROM ${projects} JOIN budget_project_location l ON l.project_id = p.id
      ${whereOf(q, sql`l.geometry && ${envelope4326(a)}`)}
      LIMIT ${maxFeaturesPerTile}`;

export const projectFeatureProperties = ['id', 'status', 'progress'] as const;

/**
 * Projects counted per grid cell, by status. A project counts once, where the point on surface
 * of its first location (real before illustrative) falls.
 */
export function projectCells(q: ProjectQuery, a: TileAddress): Sql {
  const cell = cellOf(a, sql`p.point`);
  const byStatus = statuses.map(
    (s) =>
      sql`NULLIF(count(*) FILTER (WHERE k.status = ${s}::budget_project_status), 0)::int AS ${raw(`"${s.toLowerCase()}"`)}`,
  );
  return sql`SELECT count(*)::int AS count, ${join(byStatus)},
             ST_SetSRID(ST_MakePoint(avg(ST_X(k.point)), avg(ST_Y(k.point))), 3857) AS geom
      FROM (SELECT p.status, p.point, ${cell.column} AS col, ${cell.row} AS row
            FROM (SELECT p.status, ST_Transform(ST_PointOnSurface(l.geometry), 3857) AS point
                  FROM ${projects}
                  JOIN LATERAL (SELECT geometry FROM budget_project_location
                                WHERE project_id = p.id ORDER BY illustrative, id LIMIT 1) l ON true
                  ${whereOf(q, sql`l.geometry && ${envelope4326(a, 1 / extent)}`)}) p) k
      WHERE ${cell.inTile(sql`k.col`, sql`k.row`)}
      GROUP BY k.col, k.row`;
}

export const projectCellProperties = ['count', ...statuses.map((s) => s.toLowerCase())];
