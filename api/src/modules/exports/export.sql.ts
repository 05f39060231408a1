import type pg from 'pg';
import type {
  CommentStance,
  CommentStatus,
  PropertyRight,
  ResponseDecision,
} from '../../generated/prisma/enums.js';
import type { Geometry } from '../../geo/geojson.js';
import { remarkDistrictJoin } from '../reports/report.sql.js';

export type ExportRow = {
  id: string;
  createdAt: Date;
  status: CommentStatus;
  stance: CommentStance;
  topic: string | null;
  zone: string | null;
  district: string | null;
  body: string;
  supportCount: number;
  geometry: Geometry;
  wkt: string;
  lon: string;
  lat: string;
  formalRemark: boolean;
  parcels: string[] | null;
  decision: ResponseDecision | null;
  justification: string | null;
  respondedAt: Date | null;
  // Only in the organiser's export; null in the public one.
  hiddenReason: string | null;
  authorName: string | null;
  formalName: string | null;
  formalAddress: string | null;
  propertyRight: PropertyRight | null;
};

/**
 * A consultation's top-level comments with their responses, oldest first. The public export
 * (`complete` false) has only visible ones, and no personal data leaves the database for it.
 */
export async function selectExportRows(pool: pg.Pool, consultationId: string, complete: boolean) {
  const { rows } = await pool.query<ExportRow>(
    `SELECT c.id, c.created_at AS "createdAt", c.status, c.stance, t.name AS topic,
            z.symbol AS zone, d.name AS district, c.body,
            (SELECT count(*) FROM comment_support s WHERE s.comment_id = c.id)::int
              AS "supportCount",
            ST_AsGeoJSON(c.geometry, 6)::json AS geometry, ST_AsText(c.geometry, 6) AS wkt,
            round(ST_X(ST_PointOnSurface(c.geometry))::numeric, 6)::text AS lon,
            round(ST_Y(ST_PointOnSurface(c.geometry))::numeric, 6)::text AS lat,
            c.formal_remark AS "formalRemark", c.parcels,
            r.decision, r.justification, r.updated_at AS "respondedAt",
            CASE WHEN $2 THEN c.hidden_reason END AS "hiddenReason",
            CASE WHEN $2 THEN u.display_name END AS "authorName",
            CASE WHEN $2 THEN c.formal_name END AS "formalName",
            CASE WHEN $2 THEN c.formal_address END AS "formalAddress",
            CASE WHEN $2 THEN c.property_right END AS "propertyRight"
     FROM comment c
     JOIN app_user u ON u.id = c.author_id
     LEFT JOIN consultation_topic t ON t.id = c.topic_id
     LEFT JOIN plan_zone z ON z.id = c.zone_id
     LEFT JOIN official_response r ON r.comment_id = c.id
     ${remarkDistrictJoin}
     WHERE c.consultation_id = $1 AND c.parent_id IS NULL AND ($2 OR c.status = 'VISIBLE')
     ORDER BY c.created_at, c.id`,
    [consultationId, complete],
  );
  return rows;
}
