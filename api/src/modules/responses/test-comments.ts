import type { Database } from '../../db/database.js';
import type { CommentStance, CommentStatus, PropertyRight } from '../../generated/prisma/enums.js';
import { BBox } from '../../geo/bbox.js';
import type { Geometry } from '../../geo/geojson.js';

/** Known places: a point in each of two neighbouring districts, and a line across their border. */
export const places = {
  mokotow: { type: 'Point', coordinates: [21.0064, 52.2101] },
  srodmiescie: { type: 'Point', coordinates: [21.0122, 52.2297] },
  acrossBorder: {
    type: 'LineString',
    coordinates: [
      [21.02, 52.208],
      [21.025, 52.218],
    ],
  },
} satisfies Record<string, Geometry>;

export type TestComment = {
  consultationId: string;
  authorId: string;
  geometry?: Geometry;
  stance?: CommentStance;
  body?: string;
  topicId?: string | null;
  zoneId?: string | null;
  status?: CommentStatus;
  createdAt?: Date;
  formal?: { name: string; address: string; propertyRight: PropertyRight; parcels: string[] };
};

/**
 * A top-level comment straight in the table, as the comments module would store it; these
 * tests need rows, not that module's rules. Returns its id.
 */
export async function insertComment(db: Database, c: TestComment) {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO comment (consultation_id, author_id, body, geometry, stance, topic_id, zone_id,
       status, hidden_reason, created_at, formal_remark, formal_name, formal_address,
       property_right, parcels)
     VALUES ($1, $2, $3, ST_SetSRID(ST_GeomFromGeoJSON($4), 4326), $5, $6, $7, $8::comment_status,
       CASE WHEN $8::comment_status = 'HIDDEN' THEN 'test: hidden' END,
       COALESCE($9::timestamptz, now()), $10, $11, $12, $13, $14::text[])
     RETURNING id`,
    [
      c.consultationId,
      c.authorId,
      c.body ?? 'A remark',
      JSON.stringify(c.geometry ?? places.mokotow),
      c.stance ?? 'OBJECTION',
      c.topicId ?? null,
      c.zoneId ?? null,
      c.status ?? 'VISIBLE',
      c.createdAt ?? null,
      c.formal !== undefined,
      c.formal?.name ?? null,
      c.formal?.address ?? null,
      c.formal?.propertyRight ?? null,
      c.formal?.parcels ?? null,
    ],
  );
  return rows[0]?.id ?? '';
}

/** A reply to a comment: no geometry, no stance. */
export async function insertReply(db: Database, parentId: string, authorId: string) {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO comment (consultation_id, author_id, parent_id, body)
     SELECT consultation_id, $2, id, 'A reply' FROM comment WHERE id = $1 RETURNING id`,
    [parentId, authorId],
  );
  return rows[0]?.id ?? '';
}

/** The ids of a consultation's topics by name. */
export async function topicIds(db: Database, consultationId: string) {
  const { rows } = await db.pool.query<{ id: string; name: string }>(
    'SELECT id, name FROM consultation_topic WHERE consultation_id = $1',
    [consultationId],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.id])) as Record<string, string>;
}

/** Moves a consultation straight to a status (CLOSED, say), skipping the mutations. */
export async function setStatus(db: Database, consultationId: string, status: 'OPEN' | 'CLOSED') {
  await db.pool.query('UPDATE consultation SET status = $2 WHERE id = $1', [
    consultationId,
    status,
  ]);
}

/** A square of `size` degrees centred on a point, as a GeoJSON Polygon. */
export function squareAround(centre: readonly number[], size: number): Geometry {
  const [lon = 0, lat = 0] = centre;
  return new BBox(lon - size / 2, lat - size / 2, lon + size / 2, lat + size / 2).toPolygon();
}

/** A plan linked to the consultation with the given zones; returns zone ids by symbol. */
export async function insertPlan(
  db: Database,
  consultationId: string,
  zones: { symbol: string; geometry: Geometry }[],
) {
  const { rows } = await db.pool.query<{ id: string; symbol: string }>(
    `WITH z AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS z(symbol text, geometry jsonb)),
     p AS (INSERT INTO spatial_plan (kind, name, stage, boundary)
           SELECT 'LOCAL_PLAN', 'Plan for response tests', 'DRAFT_FOR_CONSULTATION',
                  ST_Multi(ST_Union(ST_SetSRID(ST_GeomFromGeoJSON(geometry::text), 4326))) FROM z
           RETURNING id),
     l AS (INSERT INTO consultation_plan (consultation_id, plan_id) SELECT $1, id FROM p)
     INSERT INTO plan_zone (plan_id, symbol, designation_code, designation_name, geometry)
     SELECT p.id, z.symbol, 'MW', 'Zabudowa mieszkaniowa wielorodzinna',
            ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(z.geometry::text), 4326))
     FROM p, z RETURNING id, symbol`,
    [consultationId, JSON.stringify(zones)],
  );
  return Object.fromEntries(rows.map((r) => [r.symbol, r.id])) as Record<string, string>;
}
