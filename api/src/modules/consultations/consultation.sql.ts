import type pg from 'pg';
import type { ConsultationStatus } from '../../generated/prisma/enums.js';
import type { Geometry } from '../../geo/geojson.js';
import type { Keyset } from '../../graphql/connection.js';

export type ConsultationRow = {
  id: string;
  title: string;
  summary: string;
  description: string;
  unitId: string;
  status: ConsultationStatus;
  opensAt: Date | null;
  closesAt: Date | null;
  reportPublishedAt: Date | null;
  createdAt: Date;
};

export type ConsultationQuery = {
  statuses: ConsultationStatus[] | null;
  unitId: string | null;
  intersecting: Geometry | null;
  near: { point: Geometry; radiusMeters: number } | null;
  text: string | null;
  /** Drafts are left out unless the viewer manages their unit (or is an admin: null). */
  draftsOfUnits: string[] | null;
};

const columns = `id, title, summary, description, unit_id AS "unitId", status,
  opens_at AS "opensAt", closes_at AS "closesAt", report_published_at AS "reportPublishedAt",
  created_at AS "createdAt"`;

// One WHERE for the page and the count; $1..$7 as built by `params`.
const where = `
  ($1::consultation_status[] IS NULL OR status = ANY($1))
  AND ($2::uuid IS NULL OR unit_id = $2)
  AND ($3::text IS NULL OR ST_Intersects(area, ST_SetSRID(ST_GeomFromGeoJSON($3), 4326)))
  AND ($4::text IS NULL OR ST_DWithin(area::geography, ST_SetSRID(ST_GeomFromGeoJSON($4), 4326)::geography, $5))
  AND ($6::text IS NULL OR search_text LIKE '%' || plac_fold($6) || '%')
  AND (status <> 'DRAFT' OR $7::uuid[] IS NULL OR unit_id = ANY($7))`;

function params(q: ConsultationQuery) {
  return [
    q.statuses,
    q.unitId,
    q.intersecting && JSON.stringify(q.intersecting),
    q.near && JSON.stringify(q.near.point),
    q.near?.radiusMeters ?? 0,
    q.text,
    q.draftsOfUnits,
  ];
}

/** Newest first; one row more than `first`, so that the caller knows whether more follow. */
export async function selectConsultations(
  pool: pg.Pool,
  q: ConsultationQuery,
  first: number,
  after: Keyset | null,
) {
  const { rows } = await pool.query<ConsultationRow>(
    `SELECT ${columns} FROM consultation
     WHERE ${where} AND ($8::timestamptz IS NULL OR (created_at, id) < ($8, $9::uuid))
     ORDER BY created_at DESC, id DESC LIMIT $10`,
    [...params(q), after?.createdAt ?? null, after?.id ?? null, first + 1],
  );
  return rows;
}

export async function countConsultations(pool: pg.Pool, q: ConsultationQuery) {
  const { rows } = await pool.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM consultation WHERE ${where}`,
    params(q),
  );
  return rows[0]?.count ?? 0;
}

export async function selectConsultationById(pool: pg.Pool, id: string) {
  const { rows } = await pool.query<ConsultationRow>(
    `SELECT ${columns} FROM consultation WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function selectAreas(pool: pg.Pool, ids: readonly string[], tolerance: number) {
  const { rows } = await pool.query<{ id: string; geometry: Geometry }>(
    `SELECT id, ST_AsGeoJSON(ST_Multi(
              CASE WHEN $2::float8 > 0 THEN ST_SimplifyPreserveTopology(area, $2) ELSE area END), 6)::json AS geometry
     FROM consultation WHERE id = ANY($1::uuid[])`,
    [ids, tolerance],
  );
  return rows;
}

export async function selectMeetingPlaces(pool: pg.Pool, ids: readonly string[]) {
  const { rows } = await pool.query<{ id: string; place: Geometry | null }>(
    `SELECT id, ST_AsGeoJSON(place, 6)::json AS place FROM meeting WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return rows;
}

/** The area for a new consultation: given, or the organising unit's district. */
export async function insertConsultation(
  client: pg.ClientBase,
  c: {
    title: string;
    summary: string;
    description: string;
    unitId: string;
    opensAt: Date | null;
    closesAt: Date | null;
    area: Geometry | null;
  },
) {
  const { rows } = await client.query<ConsultationRow>(
    `INSERT INTO consultation (title, summary, description, unit_id, opens_at, closes_at, area)
     SELECT $1, $2, $3, u.id, $5, $6,
            COALESCE(ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($7), 4326)), a.geometry)
     FROM organisation_unit u LEFT JOIN area a ON a.id = u.area_id
     WHERE u.id = $4
     RETURNING ${columns}`,
    [
      c.title,
      c.summary,
      c.description,
      c.unitId,
      c.opensAt,
      c.closesAt,
      c.area && JSON.stringify(c.area),
    ],
  );
  return rows[0] ?? null;
}

export async function updateConsultationArea(client: pg.ClientBase, id: string, area: Geometry) {
  await client.query(
    `UPDATE consultation SET area = ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($2), 4326)), updated_at = now() WHERE id = $1`,
    [id, JSON.stringify(area)],
  );
}

export async function insertMeeting(
  client: pg.ClientBase,
  m: {
    consultationId: string;
    title: string;
    kind: string;
    startsAt: Date;
    endsAt: Date;
    place: Geometry | null;
    address: string | null;
    onlineUrl: string | null;
  },
) {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO meeting (consultation_id, title, kind, starts_at, ends_at, place, address, online_url)
     VALUES ($1, $2, $3, $4, $5, ST_SetSRID(ST_GeomFromGeoJSON($6), 4326), $7, $8) RETURNING id`,
    [
      m.consultationId,
      m.title,
      m.kind,
      m.startsAt,
      m.endsAt,
      m.place && JSON.stringify(m.place),
      m.address,
      m.onlineUrl,
    ],
  );
  return rows[0]?.id ?? '';
}
