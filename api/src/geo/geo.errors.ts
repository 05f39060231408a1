import { defineReasons } from '../errors/reason.js';

/** Why a geometry or a box from a client is refused; every module taking geometry gives these. */
export const geoReasons = defineReasons({
  /** Not GeoJSON of the right shape: nesting, a position out of range, an open ring… */
  GEOMETRY_MALFORMED: 'BAD_USER_INPUT',
  /** A type the field does not take; params `{ allowed }`, e.g. "Point, LineString". */
  GEOMETRY_TYPE_NOT_ALLOWED: 'BAD_USER_INPUT',
  /**
   * A position with an altitude or more (3D, 4D): Plac's geometries are flat. params
   * `{ path, dimensions }`, e.g. `{ path: "coordinates[0][3]", dimensions: 3 }`.
   */
  GEOMETRY_3D_NOT_ALLOWED: 'BAD_USER_INPUT',
  /** params `{ max }`. */
  GEOMETRY_TOO_MANY_VERTICES: 'BAD_USER_INPUT',
  /** Well formed, but PostGIS finds it invalid: a self-intersection, overlapping rings… */
  GEOMETRY_INVALID: 'BAD_USER_INPUT',
  /** Not `[west, south, east, north]` within range, south of north and west of east. */
  BBOX_INVALID: 'BAD_USER_INPUT',
});

export type GeoReason = keyof typeof geoReasons;
