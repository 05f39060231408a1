import type pg from 'pg';
import { type Queryable, sql } from '../../../db/sql.js';
import type { BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import { columns, type ProjectRow } from './project.sql.js';

export type ManagedProject = {
  id: string;
  status: BudgetProjectStatus;
  rejectionReason: string | null;
  appealed: boolean;
  unitId: string;
  editionId: string;
};

/** Projects by id with their pool's unit and edition, for deciding who may change them. */
export async function selectManagedProjects(db: Queryable, ids: readonly string[]) {
  const { rows } = await db.query<ManagedProject>(
    `SELECT p.id, p.status, p.rejection_reason AS "rejectionReason",
            p.appealed_at IS NOT NULL AS appealed, pl.unit_id AS "unitId",
            pl.edition_id AS "editionId"
     FROM budget_project p JOIN budget_pool pl ON pl.id = p.pool_id WHERE p.id = ANY($1::uuid[])`,
    [ids],
  );
  return rows;
}

/** Sets the status only if it is still `before`; false when someone changed it meanwhile. */
export async function updateProjectStatus(
  db: Queryable,
  id: string,
  before: BudgetProjectStatus,
  after: BudgetProjectStatus,
  rejectionReason: string | null,
) {
  const { rowCount } = await db.query(
    `UPDATE budget_project SET status = $3::budget_project_status, rejection_reason = $4,
       appealed_at = CASE WHEN $3::budget_project_status = 'APPEALED' THEN now() ELSE appealed_at END
     WHERE id = $1 AND status = $2`,
    [id, before, after, rejectionReason],
  );
  return rowCount === 1;
}

/**
 * Located projects of the same edition within `$2` metres of project `$1`, nearest first.
 * The bbox test (`&&` against the location expanded by at least `$2` metres in degrees) goes
 * through the GiST index on budget_project_location.geometry; ST_DWithin on geography then
 * keeps the exact ones. 110 km per degree undercuts the shortest degree of latitude, so the
 * box never misses a candidate.
 */
export const projectsNearSql = `
  WITH mine AS (
    SELECT l.geometry, pl.edition_id,
           $2::float8 / 110000 AS dy,
           $2::float8 / (110000 * cos(radians(least(89,
             greatest(abs(ST_YMin(l.geometry)), abs(ST_YMax(l.geometry))) + $2::float8 / 110000)))) AS dx
    FROM budget_project_location l
    JOIN budget_project p ON p.id = l.project_id
    JOIN budget_pool pl ON pl.id = p.pool_id
    WHERE l.project_id = $1
  ), near AS (
    SELECT o.project_id, min(ST_Distance(m.geometry::geography, o.geometry::geography)) AS distance
    FROM mine m
    JOIN budget_project_location o
      ON o.geometry && ST_Expand(m.geometry, m.dx, m.dy)
     AND ST_DWithin(m.geometry::geography, o.geometry::geography, $2)
    WHERE o.project_id <> $1
    GROUP BY o.project_id
  )
  SELECT n.project_id AS "projectId", n.distance::float8 AS "distanceMeters"
  FROM near n
  JOIN budget_project p ON p.id = n.project_id
  JOIN budget_pool pl ON pl.id = p.pool_id
  WHERE pl.edition_id = (SELECT edition_id FROM mine LIMIT 1) AND p.status <> 'DRAFT'
  ORDER BY n.distance, n.project_id
  LIMIT $3`;

export async function selectProjectsNear(pool: pg.Pool, id: string, meters: number, limit: number) {
  const { rows } = await pool.query<{ projectId: string; distanceMeters: number }>(
    projectsNearSql,
    [id, meters, limit],
  );
  return rows;
}

/** The pair is stored once, smaller id first; false when it was already marked. */
export async function insertConflict(client: pg.ClientBase, a: string, b: string) {
  const { rowCount } = await client.query(
    `INSERT INTO budget_project_conflict (project_a_id, project_b_id)
     VALUES (least($1::uuid, $2::uuid), greatest($1::uuid, $2::uuid)) ON CONFLICT DO NOTHING`,
    [a, b],
  );
  return rowCount === 1;
}

/** False when the pair was not marked. */
export async function deleteConflict(client: pg.ClientBase, a: string, b: string) {
  const { rowCount } = await client.query(
    `DELETE FROM budget_project_conflict
     WHERE project_a_id = least($1::uuid, $2::uuid) AND project_b_id = greatest($1::uuid, $2::uuid)`,
    [a, b],
  );
  return rowCount === 1;
}

/** Projects by id, in one query, in no particular order. */
export async function selectProjectsByIds(pool: pg.Pool, ids: readonly string[]) {
  const { rows } = await pool.query<ProjectRow>(
    sql`SELECT ${columns} FROM budget_project p WHERE p.id = ANY(${ids}::uuid[])`,
  );
  return rows;
}
