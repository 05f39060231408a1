import type pg from 'pg';
import type { Queryable } from '../../../db/sql.js';
import { badInput } from '../../../errors/domain-error.js';
import { type Geometry, parseGeometry } from '../../../geo/geojson.js';
import { assertValidGeometry } from '../../../geo/validity.js';
import { locationsOutsidePool } from './project-location.sql.js';

type Pool = { id: string; name: string; areaId: string | null };

/**
 * Refuses the first location outside the pool's area (Warsaw for a city-wide pool), naming its
 * field (`fieldOf(index)`) and how far it reaches outside.
 */
export async function assertInsidePool(
  db: Queryable,
  pool: Pool,
  geometries: readonly Geometry[],
  fieldOf: (index: number) => string,
) {
  const [outside] = await locationsOutsidePool(db, pool.id, geometries);
  if (!outside) return;
  const { index, meters } = outside;
  if (pool.areaId === null) {
    throw badInput(fieldOf(index), `lies ${meters} m outside Warsaw`, 'PROJECT_OUTSIDE_CITY', {
      meters,
    });
  }
  throw badInput(
    fieldOf(index),
    `lies ${meters} m outside the area of the pool "${pool.name}"; a located project must be inside it`,
    'PROJECT_OUTSIDE_POOL_AREA',
    { pool: pool.name, meters },
  );
}

/** A project's location as a client sent it: a valid Point, LineString or Polygon. */
export async function parseLocation(
  pool: pg.Pool,
  value: unknown,
  field: string,
  maxVertices: number,
): Promise<Geometry> {
  const allowed = ['Point', 'LineString', 'Polygon'] as const;
  const geometry = parseGeometry(value, { field, allowed, maxVertices });
  await assertValidGeometry(pool, geometry, field);
  return geometry;
}
