import type pg from 'pg';
import { type Sql, sql } from '../../db/sql.js';

/**
 * The one rule for the plan zone a remark falls in, among the zones of the plans linked to its
 * consultation: the zone covering geometry `g`, else the one sharing the most of it (length
 * for a line, area for a polygon, on the spheroid), then the first by symbol. Null outside
 * every zone. It is applied when a remark is written or moved and when a plan is linked, so
 * that `comment.zone_id` is a fact every reader (lists, feedback, report, export) shares.
 */
export const zoneOf = (consultationId: Sql, g: Sql) => sql`(
  SELECT z.id FROM plan_zone z JOIN consultation_plan cp ON cp.plan_id = z.plan_id
  WHERE cp.consultation_id = ${consultationId} AND ST_Intersects(z.geometry, ${g})
  ORDER BY ST_Covers(z.geometry, ${g}) DESC,
    CASE ST_Dimension(${g})
      WHEN 1 THEN ST_Length(ST_Intersection(z.geometry, ${g})::geography)
      WHEN 2 THEN ST_Area(ST_Intersection(z.geometry, ${g})::geography)
      ELSE 0 END DESC,
    z.symbol, z.id
  LIMIT 1)`;

/** Derives again the zone of every remark of a consultation, e.g. once a plan is linked to it. */
export async function rederiveZones(client: pg.ClientBase, consultationId: string) {
  await client.query(
    sql`UPDATE comment c SET zone_id = ${zoneOf(sql`c.consultation_id`, sql`c.geometry`)}
        WHERE c.consultation_id = ${consultationId}::uuid AND c.geometry IS NOT NULL`,
  );
}
