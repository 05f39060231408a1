import type pg from 'pg';
import { sql } from '../../db/sql.js';
import type { Geometry } from '../../geo/geojson.js';
import { geometryParam, selectSimplified } from '../../geo/geometry.sql.js';
import type { AreaKind } from './area.type.js';

export type AreaRow = {
  id: string;
  kind: AreaKind;
  name: string;
  slug: string;
  terytCode: string | null;
};

const columns = sql`id, kind, name, slug, teryt_code AS "terytCode"`;

/** The district covering a point; a point on a shared border gets the first by name. */
export async function selectDistrictAt(pool: pg.Pool, point: Geometry) {
  const { rows } = await pool.query<AreaRow>(
    sql`SELECT ${columns} FROM area
        WHERE kind = 'DISTRICT' AND ST_Covers(geometry, ${geometryParam(point)})
        ORDER BY name LIMIT 1`,
  );
  return rows[0] ?? null;
}

export async function selectAreasIntersecting(
  pool: pg.Pool,
  geometry: Geometry,
  kind: AreaKind | null,
) {
  const { rows } = await pool.query<AreaRow>(
    sql`SELECT ${columns} FROM area
        WHERE ST_Intersects(geometry, ${geometryParam(geometry)})
          AND (${kind}::area_kind IS NULL OR kind = ${kind}::area_kind)
        ORDER BY kind, name`,
  );
  return rows;
}

/** Boundaries as GeoJSON MultiPolygons, simplified by `tolerance` degrees (0: as stored). */
export const selectGeometries = (pool: pg.Pool, ids: readonly string[], tolerance: number) =>
  selectSimplified(pool, { table: 'area', column: 'geometry' }, ids, tolerance);
