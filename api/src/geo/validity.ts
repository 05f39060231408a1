import type pg from 'pg';
import { badInput } from '../errors/domain-error.js';
import type { Geometry } from './geojson.js';

/**
 * Asks PostGIS whether a structurally sound geometry is also valid (no self-intersection,
 * no overlapping rings…) and fails naming the field and PostGIS's reason.
 */
export async function assertValidGeometry(pool: pg.Pool, geometry: Geometry, field: string) {
  const { rows } = await pool.query<{ valid: boolean; reason: string }>(
    `SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason
     FROM (SELECT ST_GeomFromGeoJSON($1) AS g) AS input`,
    [JSON.stringify(geometry)],
  );
  const result = rows[0];
  if (result && !result.valid) throw badInput(field, `invalid geometry: ${result.reason}`);
}
