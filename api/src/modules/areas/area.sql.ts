import type pg from 'pg';
import type { Geometry } from '../../geo/geojson.js';
import type { AreaKind } from './area.type.js';

export type AreaRow = {
  id: string;
  kind: AreaKind;
  name: string;
  slug: string;
  terytCode: string | null;
};

const columns = 'id, kind, name, slug, teryt_code AS "terytCode"';

/** The district covering a point; a point on a shared border gets the first by name. */
export async function selectDistrictAt(pool: pg.Pool, point: Geometry) {
  const { rows } = await pool.query<AreaRow>(
    `SELECT ${columns} FROM area
     WHERE kind = 'DISTRICT' AND ST_Covers(geometry, ST_SetSRID(ST_GeomFromGeoJSON($1), 4326))
     ORDER BY name LIMIT 1`,
    [JSON.stringify(point)],
  );
  return rows[0] ?? null;
}

export async function selectAreasIntersecting(
  pool: pg.Pool,
  geometry: Geometry,
  kind: AreaKind | null,
) {
  const { rows } = await pool.query<AreaRow>(
    `SELECT ${columns} FROM area
     WHERE ST_Intersects(geometry, ST_SetSRID(ST_GeomFromGeoJSON($1), 4326))
       AND ($2::area_kind IS NULL OR kind = $2::area_kind)
     ORDER BY kind, name`,
    [JSON.stringify(geometry), kind],
  );
  return rows;
}

/** Geometries as GeoJSON, simplified by `tolerance` degrees (0: as stored). */
export async function selectGeometries(pool: pg.Pool, ids: readonly string[], tolerance: number) {
  const { rows } = await pool.query<{ id: string; geometry: Geometry }>(
    `SELECT id, ST_AsGeoJSON(ST_Multi(
              CASE WHEN $2::float8 > 0 THEN ST_SimplifyPreserveTopology(geometry, $2) ELSE geometry END),
              6)::json AS geometry
     FROM area WHERE id = ANY($1::uuid[])`,
    [ids, tolerance],
  );
  return rows;
}
