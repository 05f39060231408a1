import type pg from 'pg';
import { sql } from '../../db/sql.js';
import type { Geometry } from '../../geo/geojson.js';
import { asGeoJSON, geometryParam, metresOutside } from '../../geo/geometry.sql.js';

/**
 * A place against its consultation's area: how far (metres) it lies outside (0 when they
 * touch), whether the area covers it, and if not, the part within the area as the same type
 * (a line's or polygon's largest piece when the area cuts it in several); null when nothing of
 * that dimension is left, e.g. a polygon touching the area along an edge only. A consultation
 * without an area covers everything.
 */
export async function clipToArea(pool: pg.Pool, consultationId: string, g: Geometry) {
  const { rows } = await pool.query<{
    outside: number | null;
    covered: boolean;
    clipped: Geometry | null;
  }>(
    sql`SELECT ${metresOutside(sql`k.area`, sql`i.g`)} AS outside,
               k.area IS NULL OR ST_CoveredBy(i.g, k.area) AS covered,
               CASE WHEN k.area IS NOT NULL AND NOT ST_CoveredBy(i.g, k.area) THEN
                 (SELECT ${asGeoJSON(sql`d.geom`, 9)} FROM ST_Dump(ST_CollectionExtract(
                    ST_Intersection(k.area, i.g), ST_Dimension(i.g) + 1)) d
                  WHERE NOT ST_IsEmpty(d.geom)
                  ORDER BY ST_Area(d.geom) DESC, ST_Length(d.geom) DESC LIMIT 1)
               END AS clipped
        FROM consultation k, (SELECT ${geometryParam(g)} AS g) i WHERE k.id = ${consultationId}`,
  );
  return rows[0] ?? { outside: null, covered: true, clipped: null };
}
