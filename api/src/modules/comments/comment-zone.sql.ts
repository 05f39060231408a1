import { type Queryable, type Sql, sql } from '../../db/sql.js';

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

/**
 * Derives again the zone of the next `size` remarks of a consultation by id, after
 * `afterId` (from the first when null), e.g. once a plan is linked to it; in batches, so that
 * each statement stays short however many remarks there are. Returns how many were done, how
 * many now lie in a zone of another symbol (or in none), and the last id done.
 */
export async function rederiveZonesBatch(
  client: Queryable,
  consultationId: string,
  afterId: string | null,
  size: number,
) {
  const { rows } = await client.query<{ done: number; moved: number; last: string | null }>(
    sql`WITH batch AS (
          SELECT c.id, old.symbol AS "oldSymbol" FROM comment c
          LEFT JOIN plan_zone old ON old.id = c.zone_id
          WHERE c.consultation_id = ${consultationId}::uuid AND c.geometry IS NOT NULL
            AND (${afterId}::uuid IS NULL OR c.id > ${afterId}::uuid)
          ORDER BY c.id LIMIT ${size}
        ), moved AS (
          UPDATE comment c SET zone_id = ${zoneOf(sql`c.consultation_id`, sql`c.geometry`)}
          FROM batch b WHERE c.id = b.id
          RETURNING c.id, c.zone_id, b."oldSymbol"
        )
        SELECT count(*)::int AS done,
               count(*) FILTER (WHERE z.symbol IS DISTINCT FROM m."oldSymbol")::int AS moved,
               max(m.id::text) AS last
        FROM moved m LEFT JOIN plan_zone z ON z.id = m.zone_id`,
  );
  return rows[0] ?? { done: 0, moved: 0, last: null };
}
