import type pg from 'pg';
import { raw, type Sql, sql } from '../db/sql.js';
import type { Geometry } from './geojson.types.js';

/**
 * GeoJSON text (a parameter, a column) as a geometry in `srid`, EPSG:4326 unless told: how
 * every geometry a client sends reaches PostGIS. NULL stays NULL.
 */
export const fromGeoJSON = (text: Sql, srid = 4326): Sql =>
  sql`ST_SetSRID(ST_GeomFromGeoJSON(${text}), ${raw(String(Math.trunc(srid)))})`;

/** A parsed geometry as a parameter, in EPSG:4326; null stays NULL. */
export const geometryParam = (geometry: Geometry | null): Sql =>
  fromGeoJSON(sql`${geometry && JSON.stringify(geometry)}::text`);

/** A geometry as GeoJSON (json) with `digits` decimals of a degree: 6 is about 10 cm. */
export const asGeoJSON = (geometry: Sql, digits: number): Sql =>
  sql`ST_AsGeoJSON(${geometry}, ${raw(String(Math.trunc(digits)))})::json`;

/** Metres from `geometry` to `area` on the spheroid; 0 when they touch. */
export const metresOutside = (area: Sql, geometry: Sql): Sql =>
  sql`CASE WHEN ST_Intersects(${area}, ${geometry}) THEN 0
           ELSE ST_Distance(${area}::geography, ${geometry}::geography) END`;

/** The tables whose polygons the API serves simplified, with their geometry column. */
export type PolygonColumn =
  | { table: 'area'; column: 'geometry' }
  | { table: 'consultation'; column: 'area' }
  | { table: 'spatial_plan'; column: 'boundary' }
  | { table: 'plan_zone'; column: 'geometry' };

/** Polygons by id as GeoJSON MultiPolygons, simplified by `tolerance` degrees (0: as stored). */
export async function selectSimplified(
  pool: pg.Pool,
  { table, column }: PolygonColumn,
  ids: readonly string[],
  tolerance: number,
) {
  const shape = raw(column);
  const simplified = sql`ST_Multi(CASE WHEN ${tolerance}::float8 > 0
    THEN ST_SimplifyPreserveTopology(${shape}, ${tolerance}::float8) ELSE ${shape} END)`;
  const { rows } = await pool.query<{ id: string; geometry: Geometry }>(
    sql`SELECT id, ${asGeoJSON(simplified, 6)} AS geometry
        FROM ${raw(table)} WHERE id = ANY(${ids}::uuid[])`,
  );
  return rows;
}

/** Whether PostGIS finds a geometry valid, and if not, why (in its words). */
export async function selectValidity(pool: pg.Pool, geometry: Geometry) {
  const { rows } = await pool.query<{ valid: boolean; reason: string }>(
    sql`SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason
        FROM (SELECT ${geometryParam(geometry)} AS g) AS input`,
  );
  return rows[0];
}
