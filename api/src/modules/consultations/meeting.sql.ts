import type pg from 'pg';
import { type Queryable, sql } from '../../db/sql.js';
import type { MeetingKind } from '../../generated/prisma/enums.js';
import type { Geometry } from '../../geo/geojson.js';
import { asGeoJSON, geometryParam } from '../../geo/geometry.sql.js';

export type NewMeeting = {
  consultationId: string;
  title: string;
  kind: MeetingKind;
  startsAt: Date;
  endsAt: Date;
  place: Geometry | null;
  address: string | null;
  onlineUrl: string | null;
};

/** Inserts a meeting; returns its id. */
export async function insertMeeting(client: Queryable, m: NewMeeting) {
  const { rows } = await client.query<{ id: string }>(
    sql`INSERT INTO meeting (consultation_id, title, kind, starts_at, ends_at, place, address, online_url)
        VALUES (${m.consultationId}, ${m.title}, ${m.kind}, ${m.startsAt}, ${m.endsAt},
                ${geometryParam(m.place)}, ${m.address}, ${m.onlineUrl})
        RETURNING id`,
  );
  return rows[0]?.id ?? '';
}

export type MeetingChange = Omit<NewMeeting, 'consultationId'>;

/** Replaces every field of a meeting. */
export async function updateMeeting(client: Queryable, id: string, m: MeetingChange) {
  await client.query(
    sql`UPDATE meeting SET title = ${m.title}, kind = ${m.kind}::meeting_kind,
          starts_at = ${m.startsAt}, ends_at = ${m.endsAt}, place = ${geometryParam(m.place)},
          address = ${m.address}, online_url = ${m.onlineUrl}
        WHERE id = ${id}`,
  );
}

export async function deleteMeeting(client: Queryable, id: string) {
  await client.query(sql`DELETE FROM meeting WHERE id = ${id}`);
}

/** A meeting as its audit entry records it, the place as GeoJSON. */
export async function selectMeetingForAudit(pool: pg.Pool, id: string) {
  const { rows } = await pool.query<MeetingChange & { id: string; consultationId: string }>(
    sql`SELECT id, consultation_id AS "consultationId", title, kind, starts_at AS "startsAt",
          ends_at AS "endsAt", ${asGeoJSON(sql`place`, 6)} AS place, address,
          online_url AS "onlineUrl"
        FROM meeting WHERE id = ${id}`,
  );
  return rows[0] ?? null;
}

export async function selectMeetingPlaces(pool: pg.Pool, ids: readonly string[]) {
  const { rows } = await pool.query<{ id: string; place: Geometry | null }>(
    sql`SELECT id, ${asGeoJSON(sql`place`, 6)} AS place FROM meeting WHERE id = ANY(${ids}::uuid[])`,
  );
  return rows;
}
