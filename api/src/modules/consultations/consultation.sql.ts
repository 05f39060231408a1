import type pg from 'pg';
import { empty, join, type Queryable, type Sql, sql } from '../../db/sql.js';
import type { ConsultationStatus } from '../../generated/prisma/enums.js';
import type { Geometry } from '../../geo/geojson.js';
import { geometryParam, selectSimplified } from '../../geo/geometry.sql.js';
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

const columns = sql`id, title, summary, description, unit_id AS "unitId", status,
  opens_at AS "opensAt", closes_at AS "closesAt", report_published_at AS "reportPublishedAt",
  created_at AS "createdAt"`;

/** One WHERE for the page and the count, holding only the filters given. */
function whereOf(q: ConsultationQuery, ...more: Sql[]) {
  const { near } = q;
  const conditions = [
    q.statuses && sql`status = ANY(${q.statuses}::consultation_status[])`,
    q.unitId && sql`unit_id = ${q.unitId}::uuid`,
    q.intersecting && sql`ST_Intersects(area, ${geometryParam(q.intersecting)})`,
    near &&
      sql`ST_DWithin(area::geography, ${geometryParam(near.point)}::geography, ${near.radiusMeters}::float8)`,
    q.text && sql`search_text LIKE '%' || plac_fold(${q.text}) || '%'`,
    q.draftsOfUnits && sql`(status <> 'DRAFT' OR unit_id = ANY(${q.draftsOfUnits}::uuid[]))`,
    ...more,
  ].filter((c): c is Sql => Boolean(c));
  return conditions.length ? sql`WHERE ${join(conditions, ' AND ')}` : empty;
}

/** Newest first; one row more than `first`, so that the caller knows whether more follow. */
export async function selectConsultations(
  pool: pg.Pool,
  q: ConsultationQuery,
  first: number,
  after: Keyset | null,
) {
  const before = after
    ? sql`(created_at, id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`
    : null;
  const { rows } = await pool.query<ConsultationRow>(
    sql`SELECT ${columns} FROM consultation ${before ? whereOf(q, before) : whereOf(q)}
        ORDER BY created_at DESC, id DESC LIMIT ${first + 1}`,
  );
  return rows;
}

export async function countConsultations(pool: pg.Pool, q: ConsultationQuery) {
  const { rows } = await pool.query<{ count: number }>(
    sql`SELECT count(*)::int AS count FROM consultation ${whereOf(q)}`,
  );
  return rows[0]?.count ?? 0;
}

export async function selectConsultationById(pool: pg.Pool, id: string) {
  const { rows } = await pool.query<ConsultationRow>(
    sql`SELECT ${columns} FROM consultation WHERE id = ${id}`,
  );
  return rows[0] ?? null;
}

export const selectAreas = (pool: pg.Pool, ids: readonly string[], tolerance: number) =>
  selectSimplified(pool, { table: 'consultation', column: 'area' }, ids, tolerance);

export type NewConsultation = {
  title: string;
  summary: string;
  description: string;
  unitId: string;
  opensAt: Date | null;
  closesAt: Date | null;
  area: Geometry | null;
};

/** The area for a new consultation: given, or the organising unit's district. */
export async function insertConsultation(client: pg.ClientBase, c: NewConsultation) {
  const { rows } = await client.query<ConsultationRow>(
    sql`INSERT INTO consultation (title, summary, description, unit_id, opens_at, closes_at, area)
        SELECT ${c.title}, ${c.summary}, ${c.description}, u.id, ${c.opensAt}::timestamptz,
               ${c.closesAt}::timestamptz, COALESCE(ST_Multi(${geometryParam(c.area)}), a.geometry)
        FROM organisation_unit u LEFT JOIN area a ON a.id = u.area_id
        WHERE u.id = ${c.unitId}
        RETURNING ${columns}`,
  );
  return rows[0] ?? null;
}

/** What an edit changes; a field left out or null keeps its value. */
export type ConsultationChange = {
  [K in 'title' | 'summary' | 'description' | 'opensAt' | 'closesAt']?: NewConsultation[K] | null;
} & { area: Geometry | null };

/** Applies an edit. */
export async function updateConsultation(
  client: Queryable,
  id: string,
  change: ConsultationChange,
) {
  await client.query(
    sql`UPDATE consultation SET title = COALESCE(${change.title}, title),
          summary = COALESCE(${change.summary}, summary),
          description = COALESCE(${change.description}, description),
          opens_at = COALESCE(${change.opensAt}::timestamptz, opens_at),
          closes_at = COALESCE(${change.closesAt}::timestamptz, closes_at),
          area = COALESCE(ST_Multi(${geometryParam(change.area)}), area), updated_at = now()
        WHERE id = ${id}`,
  );
}

/** Adds topics by name; a name the consultation has already stays as it is. */
export async function insertTopics(client: Queryable, consultationId: string, names: string[]) {
  await client.query(
    sql`INSERT INTO consultation_topic (consultation_id, name)
        SELECT ${consultationId}, unnest(${names}::text[]) ON CONFLICT DO NOTHING`,
  );
}

export async function updateConsultationStatus(
  client: Queryable,
  id: string,
  status: ConsultationStatus,
) {
  await client.query(
    sql`UPDATE consultation SET status = ${status}::consultation_status, updated_at = now()
        WHERE id = ${id}`,
  );
}
