import { type Sql, sql } from '../../db/sql.js';

/**
 * The districts geometry `g` touches, by id: the test of the list's `areaId` filter, done once
 * when a remark's place is written so that feedback by district is a grouped count.
 */
export const districtsOf = (g: Sql) => sql`ARRAY(
  SELECT a.id FROM area a WHERE a.kind = 'DISTRICT' AND ST_Intersects(a.geometry, ${g})
  ORDER BY a.id)`;

/**
 * A remark's representative point: a point on the remark itself, even for a line or a concave
 * area. Computed once per written place; the two stored projections below are made from it.
 */
export const surfacePointOf = (g: Sql) => sql`ST_PointOnSurface(${g})`;

/** The representative point in EPSG:2180 (metres), which feedback grid cells snap. */
export const planePointOf = (surfacePoint: Sql) => sql`ST_Transform(${surfacePoint}, 2180)`;

/** The representative point in EPSG:3857, by which the map's tiles count remarks per cell. */
export const mapPointOf = (surfacePoint: Sql) => sql`ST_Transform(${surfacePoint}, 3857)`;
