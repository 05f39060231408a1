import type pg from 'pg';
import { raw, type Sql, sql } from '../../db/sql.js';
import type { Geometry } from '../../geo/geojson.js';
import { asGeoJSON } from '../../geo/geometry.sql.js';
import { countConditions } from '../comments/comment-count.sql.js';
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
  cells: number;
};

// About 7 m at Warsaw's latitude: lighter district outlines with no visible change on a map.
const districtTolerance = 0.0001;

/**
 * Per grouping, the key of the areas or cells each remark counts in, from what was stored when
 * its place was written (comment-place.sql, comment-zone.sql): no shape is met here. Each row
 * stands for `n` remarks: one here.
 */
function remarkCells(q: FeedbackQuery): Sql {
  const remarks = sql`SELECT c.stance, c.topic_id, c.zone_id, c.district_ids, c.plane_point,
      ${answered} AS answered, 1 AS n
    FROM comment c WHERE ${commentConditions(q.remarks)}`;
  switch (q.by) {
    case FeedbackGrouping.DISTRICT:
      return sql`SELECT d.id::text AS key, r.* FROM (${remarks}) r CROSS JOIN unnest(r.district_ids) d(id)`;
    case FeedbackGrouping.PLAN_ZONE:
      return sql`SELECT r.zone_id::text AS key, r.* FROM (${remarks}) r WHERE r.zone_id IS NOT NULL`;
    case FeedbackGrouping.GRID: {
      // The origin-aligned cell holding the remark's representative point: its point snapped
      // down to the grid, as cell indexes.
      const s = sql`${q.cellMeters}::float8`;
      return sql`SELECT floor(ST_X(r.plane_point) / ${s})::bigint || ',' ||
          floor(ST_Y(r.plane_point) / ${s})::bigint AS key, r.* FROM (${remarks}) r`;
    }
  }
}

/**
 * The same rows from the counts kept per district and plan zone, when they hold the query's
 * filters: a few rows per area, each standing for its `n` remarks.
 */
function countedCells(q: FeedbackQuery): Sql | null {
  if (q.by === FeedbackGrouping.GRID) return null;
  const where = countConditions(q.remarks, sql`t.area_kind = ${q.by}`);
  return (
    where &&
    sql`SELECT t.area_id::text AS key, t.stance, t.topic_id, t.answered, t.remarks AS n
      FROM comment_area_count t WHERE ${where}`
  );
}

/** The name and shape of each counted key, for the few keys counted only. */
function shapesOf(q: FeedbackQuery): Sql {
  switch (q.by) {
    case FeedbackGrouping.DISTRICT:
      return sql`SELECT t.key, a.slug AS out_key, a.name,
          ST_Multi(ST_SimplifyPreserveTopology(a.geometry, ${raw(String(districtTolerance))})) AS shape
        FROM totals t JOIN area a ON a.id = t.key::uuid`;
    case FeedbackGrouping.PLAN_ZONE:
      return sql`SELECT t.key, t.key AS out_key, z.symbol AS name, z.geometry AS shape
        FROM totals t JOIN plan_zone z ON z.id = t.key::uuid`;
    case FeedbackGrouping.GRID: {
      const s = sql`${q.cellMeters}::float8`;
      return sql`SELECT t.key, t.key AS out_key, t.key AS name,
          ST_Transform(ST_MakeEnvelope(ij.i * ${s}, ij.j * ${s}, (ij.i + 1) * ${s},
            (ij.j + 1) * ${s}, 2180), 4326) AS shape
        FROM totals t, LATERAL (SELECT split_part(t.key, ',', 1)::float8 AS i,
                                       split_part(t.key, ',', 2)::float8 AS j) ij`;
    }
  }
}

/**
 * One row per area or cell with comments, with its counts, the largest first; for a grid at
 * most `maxCells` + 1 of them. Each row says how many there are in all.
 */
export function feedbackSql(q: FeedbackQuery, maxCells: number): Sql {
  const limit = q.by === FeedbackGrouping.GRID ? maxCells + 1 : null;
  const of = (stance: string) => sql`coalesce(sum(n) FILTER (WHERE stance = ${stance}), 0)::int`;
  // One pass over the rows counts both each key and each (key, topic); the rest is small.
  return sql`
    WITH cells AS NOT MATERIALIZED (${countedCells(q) ?? remarkCells(q)}),
    counted AS (
      SELECT key, topic_id, GROUPING(topic_id) = 1 AS per_key, sum(n)::int AS total,
        ${of('SUPPORT')} AS support, ${of('OBJECTION')} AS objection,
        ${of('PROPOSAL')} AS proposal, ${of('QUESTION')} AS question,
        (coalesce(sum(n) FILTER (WHERE answered), 0)::float8 / sum(n)) AS "answeredShare"
      FROM cells GROUP BY GROUPING SETS ((key), (key, topic_id))),
    totals AS (
      SELECT key, total, support, objection, proposal, question, "answeredShare",
        (count(*) OVER ())::int AS cells
      FROM counted WHERE per_key ORDER BY total DESC, key LIMIT ${limit}::int),
    topics AS (
      SELECT per.key, json_agg(json_build_object('id', t.id, 'name', t.name, 'count', per.total)
                               ORDER BY per.total DESC, t.name NULLS LAST) AS topics
      FROM counted per JOIN totals USING (key)
      LEFT JOIN consultation_topic t ON t.id = per.topic_id
      WHERE NOT per.per_key GROUP BY per.key),
    shapes AS (${shapesOf(q)})
    SELECT s.out_key AS key, s.name, ${asGeoJSON(sql`s.shape`, 6)} AS geometry, totals.total,
      totals.support, totals.objection, totals.proposal, totals.question,
      totals."answeredShare", topics.topics, totals.cells
    FROM totals JOIN shapes s USING (key) JOIN topics USING (key)
    ORDER BY totals.total DESC, s.name, s.key`;
}

/** The areas or cells with remarks, as the API shows them, and how many there are in all. */
export async function selectFeedback(
  pool: pg.Pool,
  q: FeedbackQuery,
  maxCells: number,
): Promise<{ cells: FeedbackCell[]; count: number }> {
  const { rows } = await pool.query<FeedbackRow>(feedbackSql(q, maxCells));
  const cells = rows.map(
    ({ support, objection, proposal, question, topics, cells: _, ...cell }) => ({
      ...cell,
      stances: { support, objection, proposal, question },
      topics: topics.map(({ id, name, count }) => ({
        topic: id && name ? { id, name } : null,
        count,
      })),
    }),
  );
  return { cells, count: rows[0]?.cells ?? 0 };
}
