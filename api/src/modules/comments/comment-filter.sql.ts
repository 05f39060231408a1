import { join, type Sql, sql } from '../../db/sql.js';
import type { CommentStance, CommentStatus } from '../../generated/prisma/enums.js';
import type { Geometry } from '../../geo/geojson.js';
import { geometryParam } from '../../geo/geometry.sql.js';

/** Which comments of a consultation a list or a count takes: every filter a client can give. */
export type CommentQuery = {
  consultationId: string;
  statuses: CommentStatus[];
  includeReplies: boolean;
  intersecting: Geometry | null;
  areaId: string | null;
  zoneId: string | null;
  stances: CommentStance[] | null;
  topicId: string | null;
  since: Date | null;
  until: Date | null;
  hasResponse: boolean | null;
};

/** Whether comment `c` has an official response. */
export const answered = sql`EXISTS (SELECT 1 FROM official_response r WHERE r.comment_id = c.id)`;

/**
 * The one comment filter → WHERE, over comment `c`, for the comment list and feedback by area.
 * It holds only the filters given, so each spatial filter reaches the planner as a plain
 * `ST_Intersects(c.geometry, …)` it can answer from the GiST index.
 */
export function commentConditions(q: CommentQuery, ...more: Sql[]): Sql {
  const conditions = [
    sql`c.consultation_id = ${q.consultationId}::uuid`,
    sql`c.status = ANY(${q.statuses}::comment_status[])`,
    q.includeReplies ? null : sql`c.parent_id IS NULL`,
    q.intersecting && sql`ST_Intersects(c.geometry, ${geometryParam(q.intersecting)})`,
    q.areaId &&
      sql`ST_Intersects(c.geometry, (SELECT a.geometry FROM area a WHERE a.id = ${q.areaId}::uuid))`,
    q.zoneId && sql`c.zone_id = ${q.zoneId}::uuid`,
    q.stances && sql`c.stance = ANY(${q.stances}::comment_stance[])`,
    q.topicId && sql`c.topic_id = ${q.topicId}::uuid`,
    q.since && sql`c.created_at >= ${q.since}::timestamptz`,
    q.until && sql`c.created_at < ${q.until}::timestamptz`,
    q.hasResponse === null ? null : q.hasResponse ? answered : sql`NOT ${answered}`,
    ...more,
  ];
  return join(
    conditions.filter((c): c is Sql => Boolean(c)),
    '\n  AND ',
  );
}
