import type pg from 'pg';
import type {
  CommentStance,
  ConsultationStatus,
  PropertyRight,
  ResponseDecision,
} from '../../generated/prisma/enums.js';

/**
 * The district holding a remark's representative point (`d.name`, `d.slug`), so that a line
 * crossing a border is listed once; on a shared border, the first by name.
 */
export const remarkDistrictJoin = `LEFT JOIN LATERAL (
    SELECT a.name, a.slug FROM area a
    WHERE a.kind = 'DISTRICT' AND ST_Covers(a.geometry, ST_PointOnSurface(c.geometry))
    ORDER BY a.name LIMIT 1) d ON true`;

export type ReportRemarkRow = {
  number: number;
  commentId: string;
  submittedAt: Date;
  /** Null when the remark is hidden and the viewer is not the organiser. */
  body: string | null;
  hidden: boolean;
  stance: CommentStance;
  topicId: string | null;
  topic: string | null;
  zone: string | null;
  district: string | null;
  formalRemark: boolean;
  parcels: string[] | null;
  formalName: string | null;
  formalAddress: string | null;
  propertyRight: PropertyRight | null;
  decision: ResponseDecision | null;
  justification: string | null;
  respondedAt: Date | null;
};

/**
 * Every top-level remark not withdrawn, numbered in the order they came in: a hidden one too,
 * since the statute lists every remark (a formal one under art. 8g above all), its text only
 * for the organiser. Personal data of formal remarks and hidden texts leave the database only
 * when `organiser` is true.
 */
export async function selectReportRemarks(
  pool: pg.Pool,
  consultationId: string,
  organiser: boolean,
) {
  const { rows } = await pool.query<ReportRemarkRow>(
    `SELECT row_number() OVER (ORDER BY c.created_at, c.id)::int AS number,
            c.id AS "commentId", c.created_at AS "submittedAt",
            CASE WHEN c.status = 'VISIBLE' OR $2 THEN c.body END AS body,
            c.status = 'HIDDEN' AS hidden, c.stance,
            t.id AS "topicId", t.name AS topic, z.symbol AS zone, d.name AS district,
            c.formal_remark AS "formalRemark", c.parcels,
            CASE WHEN $2 THEN c.formal_name END AS "formalName",
            CASE WHEN $2 THEN c.formal_address END AS "formalAddress",
            CASE WHEN $2 THEN c.property_right END AS "propertyRight",
            r.decision, r.justification, r.updated_at AS "respondedAt"
     FROM comment c
     LEFT JOIN consultation_topic t ON t.id = c.topic_id
     LEFT JOIN plan_zone z ON z.id = c.zone_id
     LEFT JOIN official_response r ON r.comment_id = c.id
     ${remarkDistrictJoin}
     WHERE c.consultation_id = $1 AND c.parent_id IS NULL AND c.status <> 'WITHDRAWN'
     ORDER BY c.created_at, c.id`,
    [consultationId, organiser],
  );
  return rows;
}

/** Locks the consultation against responses in flight (they hold it FOR SHARE). */
export async function lockConsultationStatus(client: pg.ClientBase, id: string) {
  const { rows } = await client.query<{ status: ConsultationStatus }>(
    'SELECT status FROM consultation WHERE id = $1 FOR UPDATE',
    [id],
  );
  return rows[0]?.status ?? null;
}

/** The remarks the report lists without an official response, and how many are hidden. */
export async function countUnanswered(client: pg.ClientBase, consultationId: string) {
  const { rows } = await client.query<{ unanswered: number; hidden: number }>(
    `SELECT count(*)::int AS unanswered,
            (count(*) FILTER (WHERE c.status = 'HIDDEN'))::int AS hidden
     FROM comment c
     WHERE c.consultation_id = $1 AND c.parent_id IS NULL AND c.status <> 'WITHDRAWN'
       AND NOT EXISTS (SELECT 1 FROM official_response r WHERE r.comment_id = c.id)`,
    [consultationId],
  );
  return rows[0] ?? { unanswered: 0, hidden: 0 };
}

/** REPORTED and its date together, as `consultation_reported_has_date` demands. */
export async function markReported(client: pg.ClientBase, id: string) {
  const { rows } = await client.query<{ reportPublishedAt: Date }>(
    `UPDATE consultation SET status = 'REPORTED', report_published_at = now(), updated_at = now()
     WHERE id = $1 RETURNING report_published_at AS "reportPublishedAt"`,
    [id],
  );
  return rows[0]?.reportPublishedAt ?? null;
}
