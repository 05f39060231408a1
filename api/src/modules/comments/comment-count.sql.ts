import { join, type Sql, sql } from '../../db/sql.js';
import type { CommentQuery } from './comment-filter.sql.js';

/**
 * The WHERE over a count table `t` (`comment_area_count`, `comment_cell_count`: kept by
 * triggers, prisma/migrations/20261201230000_comment_counts) taking the same remarks as the
 * query; null when the query filters by what the counts do not keep (dates, places, replies),
 * so that the remarks themselves must be read.
 */
export function countConditions(q: CommentQuery, ...more: Sql[]): Sql | null {
  if (q.includeReplies || q.intersecting || q.areaId || q.zoneId || q.since || q.until) {
    return null;
  }
  const conditions = [
    sql`t.consultation_id = ${q.consultationId}::uuid`,
    sql`t.status = ANY(${q.statuses}::comment_status[])`,
    q.stances && sql`t.stance = ANY(${q.stances}::comment_stance[])`,
    q.topicId && sql`t.topic_id = ${q.topicId}::uuid`,
    q.hasResponse === null ? null : sql`t.answered = ${q.hasResponse}`,
    // A row whose remarks all left keeps rounding residue in its coordinate sums.
    sql`t.remarks > 0`,
    ...more,
  ];
  return join(
    conditions.filter((c): c is Sql => Boolean(c)),
    '\n  AND ',
  );
}
