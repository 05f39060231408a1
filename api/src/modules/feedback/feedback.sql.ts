import type pg from 'pg';
import type { Geometry } from '../../geo/geojson.js';
import type { FeedbackQuery } from './feedback.input.js';
import { FeedbackGrouping } from './feedback.type.js';

export type FeedbackRow = {
  key: string;
  name: string;
  geometry: Geometry;
  total: number;
  support: number;
  objection: number;
  proposal: number;
  question: number;
  answeredShare: number;
  topics: { id: string | null; name: string | null; count: number }[];
};

// About 7 m at Warsaw's latitude: lighter district outlines with no visible change on a map.
const districtTolerance = 0.0001;

/**
 * Per grouping, `cells` pairs each remark with the areas or grid cells it falls in, as
 * (key, name, shape, remark columns); one remark may fall in several.
 */
function cellsOf(by: FeedbackGrouping, $: (value: unknown) => string, q: FeedbackQuery) {
  switch (by) {
    case FeedbackGrouping.DISTRICT:
      return `SELECT a.slug AS key, a.name, a.geometry AS shape, r.*
        FROM remarks r JOIN area a ON a.kind = 'DISTRICT' AND ST_Intersects(a.geometry, r.geometry)`;
    case FeedbackGrouping.PLAN_ZONE:
      // The zone the comments module derived; for a comment stored before its plan was
      // linked, the linked zone it overlaps most (points and lines: first by symbol).
      return `SELECT z.id::text AS key, z.symbol AS name, z.geometry AS shape, r.*
        FROM remarks r JOIN plan_zone z ON z.id = COALESCE(r.zone_id, (
          SELECT lz.id FROM consultation_plan cp JOIN plan_zone lz ON lz.plan_id = cp.plan_id
          WHERE cp.consultation_id = ${$(q.consultationId)}::uuid
            AND ST_Intersects(lz.geometry, r.geometry)
          ORDER BY ST_Area(ST_Intersection(lz.geometry, r.geometry)) DESC, lz.symbol LIMIT 1))`;
    case FeedbackGrouping.GRID:
      // Each remark gets the cells of the origin-aligned tiling that cover its own extent: the
      // same cells as one grid over the extent of all remarks, without testing every empty
      // cell against every remark.
      return `SELECT cell.i || ',' || cell.j AS key, cell.i || ',' || cell.j AS name,
          ST_Transform(cell.geom, 4326) AS shape, r.*
        FROM remarks r
        CROSS JOIN LATERAL ST_Transform(r.geometry, 2180) AS planar(g)
        CROSS JOIN LATERAL ST_SquareGrid(${$(q.cellMeters)}::float8, planar.g) AS cell
        WHERE ST_Intersects(cell.geom, planar.g)`;
  }
}

/** The remarks counted: visible, top-level, and within the filters given. */
function remarksOf($: (value: unknown) => string, q: FeedbackQuery) {
  const answered = 'EXISTS (SELECT 1 FROM official_response o WHERE o.comment_id = c.id)';
  const conditions = [
    `c.consultation_id = ${$(q.consultationId)}::uuid`,
    "c.status = 'VISIBLE'",
    'c.parent_id IS NULL',
  ];
  if (q.stances) conditions.push(`c.stance = ANY(${$(q.stances)}::comment_stance[])`);
  if (q.topicId) conditions.push(`c.topic_id = ${$(q.topicId)}::uuid`);
  if (q.since) conditions.push(`c.created_at >= ${$(q.since)}::timestamptz`);
  if (q.until) conditions.push(`c.created_at < ${$(q.until)}::timestamptz`);
  if (q.hasResponse !== null) conditions.push(q.hasResponse ? answered : `NOT ${answered}`);
  return `SELECT c.id, c.geometry, c.stance, c.topic_id, c.zone_id, ${answered} AS answered
    FROM comment c WHERE ${conditions.join(' AND ')}`;
}

/** One row per area or cell with comments, with its counts; the largest first. */
export function feedbackSql(q: FeedbackQuery) {
  const values: unknown[] = [];
  const $ = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const simplify =
    q.by === FeedbackGrouping.DISTRICT
      ? `ST_Multi(ST_SimplifyPreserveTopology(s.shape, ${districtTolerance}))`
      : 's.shape';
  const text = `
    WITH remarks AS (${remarksOf($, q)}),
    cells AS (${cellsOf(q.by, $, q)}),
    totals AS (
      SELECT key, count(*)::int AS total,
        count(*) FILTER (WHERE stance = 'SUPPORT')::int AS support,
        count(*) FILTER (WHERE stance = 'OBJECTION')::int AS objection,
        count(*) FILTER (WHERE stance = 'PROPOSAL')::int AS proposal,
        count(*) FILTER (WHERE stance = 'QUESTION')::int AS question,
        avg(answered::int)::float8 AS "answeredShare"
      FROM cells GROUP BY key),
    topics AS (
      SELECT per.key, json_agg(json_build_object('id', t.id, 'name', t.name, 'count', per.n)
                               ORDER BY per.n DESC, t.name NULLS LAST) AS topics
      FROM (SELECT key, topic_id, count(*)::int AS n FROM cells GROUP BY key, topic_id) per
      LEFT JOIN consultation_topic t ON t.id = per.topic_id
      GROUP BY per.key),
    shapes AS (SELECT DISTINCT ON (key) key, name, shape FROM cells ORDER BY key)
    SELECT s.key, s.name, ST_AsGeoJSON(${simplify}, 6)::json AS geometry, totals.total,
      totals.support, totals.objection, totals.proposal, totals.question,
      totals."answeredShare", topics.topics
    FROM totals JOIN shapes s USING (key) JOIN topics USING (key)
    ORDER BY totals.total DESC, s.name, s.key`;
  return { text, values };
}

export async function selectFeedback(pool: pg.Pool, q: FeedbackQuery) {
  return (await pool.query<FeedbackRow>(feedbackSql(q))).rows;
}
