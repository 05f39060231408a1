import type pg from 'pg';
import type { BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import type { Geometry } from '../../../geo/geojson.js';
import type { Keyset } from '../../../graphql/connection.js';

export type ProjectRow = {
  id: string;
  poolId: string;
  title: string;
  description: string;
  categories: string[];
  targetGroups: string[];
  /** pg reads bigint as a decimal string: exact. */
  costGrosze: string;
  costLines: { item: string; grosze: string }[];
  status: BudgetProjectStatus;
  rejectionReason: string | null;
  createdAt: Date;
};

export type ProjectQuery = {
  editionId: string | null;
  poolId: string | null;
  /** Projects of this area's pool, or located in the area. */
  areaId: string | null;
  category: string | null;
  statuses: BudgetProjectStatus[] | null;
  intersecting: Geometry | null;
  near: { point: Geometry; radiusMeters: number } | null;
};

export const columns = `p.id, p.pool_id AS "poolId", p.title, p.description, p.categories,
  p.target_groups AS "targetGroups", p.cost_grosze::text AS "costGrosze", p.cost_lines AS "costLines",
  p.status, p.rejection_reason AS "rejectionReason", p.created_at AS "createdAt"`;

// One WHERE for the page and the count. Spatial filters go through the GiST index on locations.
const where = `
  ($1::uuid IS NULL OR pl.edition_id = $1)
  AND ($2::uuid IS NULL OR p.pool_id = $2)
  AND ($3::uuid IS NULL OR pl.area_id = $3 OR EXISTS (
        SELECT 1 FROM budget_project_location l JOIN area a ON a.id = $3
        WHERE l.project_id = p.id AND ST_Intersects(l.geometry, a.geometry)))
  AND ($4::text IS NULL OR $4 = ANY(p.categories))
  AND ($5::budget_project_status[] IS NULL OR p.status = ANY($5))
  AND ($6::text IS NULL OR EXISTS (SELECT 1 FROM budget_project_location l WHERE l.project_id = p.id
        AND ST_Intersects(l.geometry, ST_SetSRID(ST_GeomFromGeoJSON($6), 4326))))
  AND ($7::text IS NULL OR EXISTS (SELECT 1 FROM budget_project_location l WHERE l.project_id = p.id
        AND ST_DWithin(l.geometry::geography, ST_SetSRID(ST_GeomFromGeoJSON($7), 4326)::geography, $8)))`;

const from = 'budget_project p JOIN budget_pool pl ON pl.id = p.pool_id';

function params(q: ProjectQuery) {
  return [
    q.editionId,
    q.poolId,
    q.areaId,
    q.category,
    q.statuses,
    q.intersecting && JSON.stringify(q.intersecting),
    q.near && JSON.stringify(q.near.point),
    q.near?.radiusMeters ?? 0,
  ];
}

/** Newest first; one row more than `first`, so that the caller knows whether more follow. */
export async function selectProjects(
  pool: pg.Pool,
  q: ProjectQuery,
  first: number,
  after: Keyset | null,
) {
  const { rows } = await pool.query<ProjectRow>(
    `SELECT ${columns} FROM ${from}
     WHERE ${where} AND ($9::timestamptz IS NULL OR (p.created_at, p.id) < ($9, $10::uuid))
     ORDER BY p.created_at DESC, p.id DESC LIMIT $11`,
    [...params(q), after?.createdAt ?? null, after?.id ?? null, first + 1],
  );
  return rows;
}

export async function countProjects(pool: pg.Pool, q: ProjectQuery) {
  const { rows } = await pool.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM ${from} WHERE ${where}`,
    params(q),
  );
  return rows[0]?.count ?? 0;
}

export async function selectProjectById(pool: pg.Pool, id: string) {
  const { rows } = await pool.query<ProjectRow>(`SELECT ${columns} FROM ${from} WHERE p.id = $1`, [
    id,
  ]);
  return rows[0] ?? null;
}

export async function selectLocations(pool: pg.Pool, projectIds: readonly string[]) {
  const { rows } = await pool.query<{
    id: string;
    projectId: string;
    geometry: Geometry;
    illustrative: boolean;
  }>(
    `SELECT id, project_id AS "projectId", ST_AsGeoJSON(geometry, 6)::json AS geometry, illustrative
     FROM budget_project_location WHERE project_id = ANY($1::uuid[]) ORDER BY id`,
    [projectIds],
  );
  return rows;
}

/** Which of `geometries` (by index) do not lie inside the pool's area; none for a city-wide pool. */
export async function locationsOutsidePool(
  client: pg.ClientBase,
  poolId: string,
  geometries: readonly Geometry[],
) {
  const { rows } = await client.query<{ index: number }>(
    `SELECT g.ord::int - 1 AS index
     FROM budget_pool pl JOIN area a ON a.id = pl.area_id,
          unnest($2::text[]) WITH ORDINALITY AS g(json, ord)
     WHERE pl.id = $1 AND NOT ST_CoveredBy(ST_SetSRID(ST_GeomFromGeoJSON(g.json), 4326), a.geometry)
     ORDER BY g.ord`,
    [poolId, geometries.map((g) => JSON.stringify(g))],
  );
  return rows.map((r) => r.index);
}

export async function insertLocations(
  client: pg.ClientBase,
  projectId: string,
  geometries: readonly Geometry[],
  illustrative: boolean,
) {
  await client.query(
    `INSERT INTO budget_project_location (project_id, geometry, illustrative)
     SELECT $1, ST_SetSRID(ST_GeomFromGeoJSON(g), 4326), $3 FROM unnest($2::text[]) AS g`,
    [projectId, geometries.map((g) => JSON.stringify(g)), illustrative],
  );
}
