import type pg from 'pg';
import { badInput } from '../errors/domain-error.js';
import type { Geometry } from './geojson.js';
import { selectValidity } from './geometry.sql.js';

/**
 * Asks PostGIS whether a structurally sound geometry is also valid (no self-intersection,
 * no overlapping rings…) and fails naming the field and PostGIS's reason (GEOMETRY_INVALID).
 */
export async function assertValidGeometry(pool: pg.Pool, geometry: Geometry, field: string) {
  const result = await selectValidity(pool, geometry);
  if (result && !result.valid) {
    throw badInput(field, `invalid geometry: ${result.reason}`, 'GEOMETRY_INVALID');
  }
}
