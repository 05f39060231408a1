import { type Queryable, sql } from '../../../db/sql.js';
import type { Geometry } from '../../../geo/geojson.js';
import { fromGeoJSON } from '../../../geo/geometry.sql.js';

export type OutsideLocation = {
  /** The location's index among those checked. */
  index: number;
  /** How far its farthest part reaches outside the area, in metres, rounded up (at least 1). */
  meters: number;
};

/**
 * Which of `geometries` do not lie inside the area of the pool: its district, or Warsaw for a
 * city-wide pool; in order, with how far each reaches outside.
 */
export async function locationsOutsidePool(
  db: Queryable,
  poolId: string,
  geometries: readonly Geometry[],
): Promise<OutsideLocation[]> {
  const { rows } = await db.query<OutsideLocation>(
    sql`WITH area_of_pool AS (
          SELECT a.geometry FROM budget_pool pl
          JOIN area a ON a.id = pl.area_id OR (pl.area_id IS NULL AND a.kind = 'CITY')
          WHERE pl.id = ${poolId}
        ), located AS (
          SELECT g.ord::int - 1 AS index, ${fromGeoJSON(sql`g.json`)} AS geometry
          FROM unnest(${geometries.map((g) => JSON.stringify(g))}::text[])
               WITH ORDINALITY AS g(json, ord)
        )
        SELECT l.index, greatest(1, ceil((
                 SELECT max(ST_Distance(a.geometry::geography, d.geom::geography))
                 FROM ST_DumpPoints(ST_Difference(l.geometry, a.geometry)) d)))::int AS meters
        FROM located l, area_of_pool a
        WHERE NOT ST_CoveredBy(l.geometry, a.geometry)
        ORDER BY l.index`,
  );
  return rows;
}

/** Removes all of the project's locations (before they are written anew). */
export async function deleteLocations(db: Queryable, projectId: string) {
  await db.query(sql`DELETE FROM budget_project_location WHERE project_id = ${projectId}`);
}
