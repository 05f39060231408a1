import type pg from 'pg';
import { raw, type Sql, sql } from '../../db/sql.js';
import type { Geometry } from '../../geo/geojson.js';
import { asGeoJSON } from '../../geo/geometry.sql.js';
import { answered, commentConditions } from '../comments/comment-filter.sql.js';
import type { FeedbackQuery } from './feedback.input.js';
import { type FeedbackCell, FeedbackGrouping } from './feedback.type.js';

type FeedbackRow = {
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
 * (key, name, shape, remark columns); one remark may fall in several districts or cells.
 */
function cellsOf(q: FeedbackQuery): Sql {
  switch (q.by) {
    case FeedbackGrouping.DISTRICT:
      return sql`SELECT a.slug AS key, a.name, a.geometry AS shape, r.*
        FROM remarks r JOIN area a ON a.kind = 'DISTRICT' AND ST_Intersects(a.geometry, r.geometry)`;
    case FeedbackGrouping.PLAN_ZONE:
      // The zone derived for the remark when it was written or its plan linked (comment-zone.sql).
      return sql`SELECT z.id::text AS key, z.symbol AS name, z.geometry AS shape, r.*
        FROM remarks r JOIN plan_zone z ON z.id = r.zone_id`;
    case FeedbackGrouping.GRID:
      // Each remark gets the cells of the origin-aligned tiling that cover its own extent: the
      // same cells as one grid over the extent of all remarks, without testing every empty
      // cell against every remark.
      return sql`SELECT cell.i || ',' || cell.j AS key, cell.i || ',' || cell.j AS name,
          ST_Transform(cell.geom, 4326) AS shape, r.*
        FROM remarks r
        CROSS JOIN LATERAL ST_Transform(r.geometry, 2180) AS planar(g)
        CROSS JOIN LATERAL ST_SquareGrid(${q.cellMeters}::float8, planar.g) AS cell
        WHERE ST_Intersects(cell.geom, planar.g)`;
  }
}

/** One row per area or cell with comments, with its counts; the largest first. */
export function feedbackSql(q: FeedbackQuery): Sql {
  const shape =
    q.by === FeedbackGrouping.DISTRICT
      ? sql`ST_Multi(ST_SimplifyPreserveTopology(s.shape, ${raw(String(districtTolerance))}))`
      : sql`s.shape`;
  return sql`
    WITH remarks AS (
      SELECT c.id, c.geometry, c.stance, c.topic_id, c.zone_id, ${answered} AS answered
      FROM comment c WHERE ${commentConditions(q.remarks)}),
    cells AS (${cellsOf(q)}),
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
    SELECT s.key, s.name, ${asGeoJSON(shape, 6)} AS geometry, totals.total,
      totals.support, totals.objection, totals.proposal, totals.question,
      totals."answeredShare", topics.topics
    FROM totals JOIN shapes s USING (key) JOIN topics USING (key)
    ORDER BY totals.total DESC, s.name, s.key`;
}

/**
 * How many (remark, cell) pairs a GRID grouping would build: per remark, the cells of the
 * tiling its bounding box spans. Counted from bounding boxes alone, before any grid is made.
 */
export async function countGridPairs(pool: pg.Pool, q: FeedbackQuery): Promise<number> {
  const { rows } = await pool.query<{ pairs: number }>(
    sql`SELECT coalesce(sum((floor(ST_XMax(b) / ${q.cellMeters}) - floor(ST_XMin(b) / ${q.cellMeters}) + 1)
                          * (floor(ST_YMax(b) / ${q.cellMeters}) - floor(ST_YMin(b) / ${q.cellMeters}) + 1)),
                      0)::float8 AS pairs
        FROM (SELECT ST_Transform(c.geometry, 2180)::box2d AS b
              FROM comment c WHERE ${commentConditions(q.remarks)}) boxes`,
  );
  return rows[0]?.pairs ?? 0;
}

/** The areas or cells with remarks, as the API shows them. */
export async function selectFeedback(pool: pg.Pool, q: FeedbackQuery): Promise<FeedbackCell[]> {
  const { rows } = await pool.query<FeedbackRow>(feedbackSql(q));
  return rows.map(({ support, objection, proposal, question, topics, ...cell }) => ({
    ...cell,
    stances: { support, objection, proposal, question },
    topics: topics.map(({ id, name, count }) => ({
      topic: id && name ? { id, name } : null,
      count,
    })),
  }));
}
