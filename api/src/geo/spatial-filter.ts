import { badInput } from '../errors/domain-error.js';
import { parseBBox } from './bbox.js';
import { type Geometry, parseGeometry } from './geojson.js';

/** The spatial part of a list filter, as a client sends it. */
export type SpatialFilterInput = {
  bbox?: number[] | null;
  intersecting?: unknown;
  near?: unknown;
  radiusMeters?: number | null;
};

export type SpatialFilter = {
  intersecting: Geometry | null;
  near: { point: Geometry; radiusMeters: number } | null;
};

const maxRadiusMeters = 100_000;

/**
 * Reads a bbox or an intersecting geometry (a bbox wins; it becomes a polygon) and a point with
 * a radius, naming `filter.<field>` in any error.
 */
export function parseSpatialFilter(input: SpatialFilterInput, maxVertices: number): SpatialFilter {
  const intersecting =
    input.bbox != null
      ? parseBBox(input.bbox, 'filter.bbox').toPolygon()
      : input.intersecting != null
        ? parseGeometry(input.intersecting, {
            field: 'filter.intersecting',
            allowed: ['Point', 'LineString', 'Polygon', 'MultiPolygon'],
            maxVertices,
          })
        : null;
  if (input.near == null) return { intersecting, near: null };
  const radius = input.radiusMeters ?? Number.NaN;
  if (!(radius > 0 && radius <= maxRadiusMeters)) {
    throw badInput(
      'filter.radiusMeters',
      `must be more than 0 and at most ${maxRadiusMeters} with near`,
      'INPUT_OUT_OF_RANGE',
      { min: 0, max: maxRadiusMeters },
    );
  }
  const point = parseGeometry(input.near, { field: 'filter.near', allowed: ['Point'] });
  return { intersecting, near: { point, radiusMeters: radius } };
}
