import type pg from 'pg';
import { empty, join, type Queryable, type Sql, sql } from '../../../db/sql.js';
import type { BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import type { Geometry } from '../../../geo/geojson.js';
import { asGeoJSON, fromGeoJSON, geometryParam } from '../../../geo/geometry.sql.js';
import type { Keyset } from '../../../graphql/connection.js';
import { money } from '../money.js';

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

/** A project row as the API shows it: money exact. */
export const toProject = (row: ProjectRow) => ({
  ...row,
  cost: money(row.costGrosze),
  costLines: row.costLines.map((line) => ({ item: line.item, amount: money(line.grosze) })),
});

export type ProjectQuery = {
  editionId: string | null;
  poolId: string | null;
  /** Projects of this area's pool, or located in the area. */
  areaId: string | null;
  category: string | null;
  statuses: BudgetProjectStatus[] | null;
  intersecting: Geometry | null;
  near: { point: Geometry; radiusMeters: number } | null;
  /** Only projects with a location (true) or without one (false). */
  located?: boolean | null;
};

export const columns = sql`p.id, p.pool_id AS "poolId", p.title, p.description, p.categories,
  p.target_groups AS "targetGroups", p.cost_grosze::text AS "costGrosze", p.cost_lines AS "costLines",
  p.status, p.rejection_reason AS "rejectionReason", p.created_at AS "createdAt"`;

export const from = sql`budget_project p JOIN budget_pool pl ON pl.id = p.pool_id`;

/** A location of the project matches `condition` on `l.geometry`. */
const located = (condition: Sql) =>
  sql`EXISTS (SELECT 1 FROM budget_project_location l WHERE l.project_id = p.id AND ${condition})`;

// One WHERE for the page and the count. Spatial filters go through the GiST index on locations.
// Drafts are their authors' alone (see proposals/): never listed.
export function whereOf(q: ProjectQuery, ...more: Sql[]) {
  const { near } = q;
  const conditions = [
    sql`p.status <> 'DRAFT'`,
    q.editionId && sql`pl.edition_id = ${q.editionId}::uuid`,
    q.poolId && sql`p.pool_id = ${q.poolId}::uuid`,
    q.areaId &&
      sql`(pl.area_id = ${q.areaId}::uuid OR EXISTS (
            SELECT 1 FROM budget_project_location l JOIN area a ON a.id = ${q.areaId}::uuid
            WHERE l.project_id = p.id AND ST_Intersects(l.geometry, a.geometry)))`,
    q.category && sql`${q.category} = ANY(p.categories)`,
    q.located != null &&
      sql`${q.located ? empty : sql`NOT`} EXISTS (
            SELECT 1 FROM budget_project_location l WHERE l.project_id = p.id)`,
    q.statuses && sql`p.status = ANY(${q.statuses}::budget_project_status[])`,
    q.intersecting && located(sql`ST_Intersects(l.geometry, ${geometryParam(q.intersecting)})`),
    near &&
      located(
        sql`ST_DWithin(l.geometry::geography, ${geometryParam(near.point)}::geography, ${near.radiusMeters}::float8)`,
      ),
    ...more,
  ].filter((c): c is Sql => Boolean(c));
  return sql`WHERE ${join(conditions, ' AND ')}`;
}

/** Newest first; one row more than `first`, so that the caller knows whether more follow. */
export async function selectProjects(
  pool: pg.Pool,
  q: ProjectQuery,
  first: number,
  after: Keyset | null,
) {
  const before = after
    ? [sql`(p.created_at, p.id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`]
    : [];
  const { rows } = await pool.query<ProjectRow>(
    sql`SELECT ${columns} FROM ${from} ${whereOf(q, ...before)}
        ORDER BY p.created_at DESC, p.id DESC LIMIT ${first + 1}`,
  );
  return rows;
}

export async function countProjects(pool: pg.Pool, q: ProjectQuery) {
  const { rows } = await pool.query<{ count: number }>(
    sql`SELECT count(*)::int AS count FROM ${from} ${whereOf(q)}`,
  );
  return rows[0]?.count ?? 0;
}

export async function selectProjectById(pool: pg.Pool, id: string) {
  const { rows } = await pool.query<ProjectRow>(
    sql`SELECT ${columns} FROM ${from} WHERE p.id = ${id}`,
  );
  return rows[0] ?? null;
}

export async function selectLocations(pool: pg.Pool, projectIds: readonly string[]) {
  const { rows } = await pool.query<{
    id: string;
    projectId: string;
    geometry: Geometry;
    illustrative: boolean;
  }>(
    sql`SELECT id, project_id AS "projectId", ${asGeoJSON(sql`geometry`, 6)} AS geometry, illustrative
        FROM budget_project_location WHERE project_id = ANY(${projectIds}::uuid[]) ORDER BY id`,
  );
  return rows;
}

export type NewProject = {
  poolId: string;
  title: string;
  description: string;
  categories: string[];
  targetGroups: string[];
  costGrosze: bigint;
  costLines: { item: string; grosze: string }[];
};

/** A project a planner submits (an import writes its projects in bulk instead). */
export async function insertProject(db: Queryable, p: NewProject) {
  const { rows } = await db.query<{ id: string }>(
    sql`INSERT INTO budget_project (pool_id, title, description, categories, target_groups,
          cost_grosze, cost_lines)
        VALUES (${p.poolId}, ${p.title}, ${p.description}, ${p.categories}, ${p.targetGroups},
          ${p.costGrosze.toString()}, ${JSON.stringify(p.costLines)}) RETURNING id`,
  );
  return rows[0]?.id ?? '';
}

export async function insertLocations(
  db: Queryable,
  projectId: string,
  geometries: readonly Geometry[],
  illustrative: boolean,
) {
  await db.query(
    sql`INSERT INTO budget_project_location (project_id, geometry, illustrative)
        SELECT ${projectId}, ${fromGeoJSON(sql`g`)}, ${illustrative}
        FROM unnest(${geometries.map((g) => JSON.stringify(g))}::text[]) AS g`,
  );
}
