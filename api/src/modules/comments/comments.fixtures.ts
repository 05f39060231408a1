import type { Database } from '../../db/database.js';
import type { Polygon, Position } from '../../geo/geojson.js';

/** Named places for comment tests: inside Mokotów, and 30 km east of it. */
export const insideMokotow: Position = [21.0064, 52.2101];
export const outsideMokotow: Position = [21.5, 52.2];

export const point = (coordinates: Position) => ({ type: 'Point', coordinates });

/** A square of `size` degrees with its south-west corner at (west, south). */
export function square(west: number, south: number, size: number): Polygon {
  const [e, n] = [west + size, south + size];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [e, south],
        [e, n],
        [west, n],
        [west, south],
      ],
    ],
  };
}

export async function topicIds(db: Database, consultationId: string) {
  const topics = await db.prisma.consultationTopic.findMany({ where: { consultationId } });
  return Object.fromEntries(topics.map((t) => [t.name, t.id]));
}

/** A plan linked to the consultation, with one zone per polygon; returns the zone ids in order. */
export async function createPlan(db: Database, consultationId: string, zones: Polygon[]) {
  const { rows } = await db.pool.query<{ id: string }>(
    `WITH p AS (
       INSERT INTO spatial_plan (kind, name, stage, boundary)
       SELECT 'LOCAL_PLAN', 'Plan for comment tests', 'DRAFT_FOR_CONSULTATION',
              ST_Multi(ST_Union(ST_SetSRID(ST_GeomFromGeoJSON(g), 4326)))
       FROM unnest($2::text[]) AS g RETURNING id),
     l AS (INSERT INTO consultation_plan (consultation_id, plan_id) SELECT $1, id FROM p)
     INSERT INTO plan_zone (plan_id, symbol, designation_code, designation_name, geometry)
     SELECT p.id, z.n || 'MW', 'MW', 'Multi-family housing',
            ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(z.g), 4326))
     FROM p, unnest($2::text[]) WITH ORDINALITY AS z(g, n)
     ORDER BY z.n RETURNING id`,
    [consultationId, zones.map((z) => JSON.stringify(z))],
  );
  return rows.map((r) => r.id);
}

/**
 * `count` remarks straight in the database, a second apart, spread over a 0.04° square south of
 * `insideMokotow`; for list, N+1 and EXPLAIN tests that need many rows quickly.
 */
export async function insertComments(
  db: Database,
  options: { consultationId: string; authorIds: string[]; count: number; topicId?: string },
) {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO comment (consultation_id, author_id, body, geometry, stance, topic_id, created_at)
     SELECT $1, ($2::uuid[])[1 + i % cardinality($2::uuid[])], 'Comment ' || i,
            ST_SetSRID(ST_MakePoint(20.99 + (i * 7919 % 400) / 10000.0,
                                    52.17 + (i * 104729 % 400) / 10000.0), 4326),
            'PROPOSAL', $4, now() - interval '1 day' + i * interval '1 second'
     FROM generate_series(1, $3) AS i ORDER BY i RETURNING id`,
    [options.consultationId, options.authorIds, options.count, options.topicId ?? null],
  );
  return rows.map((r) => r.id);
}
