import type pg from 'pg';
import { type Queryable, type Sql, sql } from '../../../db/sql.js';
import type { BudgetProjectStatus } from '../../../generated/prisma/enums.js';

/** The statuses of a funded project: set by publishing the results, then by delivery. */
export const fundedStatuses: readonly BudgetProjectStatus[] = [
  'SELECTED',
  'IN_PROGRESS',
  'COMPLETED',
  'ABANDONED',
];

export type DeliveryProjectRow = {
  projectId: string;
  title: string;
  poolId: string;
  editionId: string;
  unitId: string;
  status: BudgetProjectStatus;
  costGrosze: string;
  progress: number;
  actualCostGrosze: string | null;
  lastReportedOn: string | null;
};

const latest = sql`ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1`;

// The latest update's progress and day; the latest actual cost any update reported.
const projectColumns = sql`p.id AS "projectId", p.title, p.pool_id AS "poolId",
  pl.edition_id AS "editionId", pl.unit_id AS "unitId", p.status, p.cost_grosze::text AS "costGrosze",
  coalesce(last.progress, 0) AS progress, last."reportedOn" AS "lastReportedOn",
  cost.grosze AS "actualCostGrosze"
  FROM budget_project p JOIN budget_pool pl ON pl.id = p.pool_id
  LEFT JOIN LATERAL (
    SELECT u.progress, to_char(u.reported_on, 'YYYY-MM-DD') AS "reportedOn"
    FROM budget_delivery_update u WHERE u.project_id = p.id ${latest}) last ON true
  LEFT JOIN LATERAL (
    SELECT u.actual_cost_grosze::text AS grosze FROM budget_delivery_update u
    WHERE u.project_id = p.id AND u.actual_cost_grosze IS NOT NULL ${latest}) cost ON true`;

async function selectDeliveryProjects(db: Queryable, where: Sql) {
  const { rows } = await db.query<DeliveryProjectRow>(
    sql`SELECT ${projectColumns} WHERE ${where} ORDER BY pl.name, p.title, p.id`,
  );
  return rows;
}

/** Any project by id, funded or not, with where its delivery stands. */
export async function selectDeliveryProject(db: Queryable, projectId: string) {
  const [row] = await selectDeliveryProjects(db, sql`p.id = ${projectId}`);
  return row ?? null;
}

/** The edition's funded projects, by pool and title; only those of `unitIds` when given. */
export function selectFundedProjects(
  db: Queryable,
  editionId: string,
  unitIds: readonly string[] | null,
) {
  const units = unitIds ? sql`AND pl.unit_id = ANY(${unitIds}::uuid[])` : sql``;
  return selectDeliveryProjects(
    db,
    sql`pl.edition_id = ${editionId}
      AND p.status = ANY(${fundedStatuses}::budget_project_status[]) ${units}`,
  );
}

export type DeliveryUpdateRow = {
  id: string;
  projectId: string;
  reportedOn: string;
  body: string;
  progress: number;
  actualCostGrosze: string | null;
  createdAt: Date;
  updatedAt: Date;
};

const updateColumns = sql`u.id, u.project_id AS "projectId",
  to_char(u.reported_on, 'YYYY-MM-DD') AS "reportedOn", u.body, u.progress,
  u.actual_cost_grosze::text AS "actualCostGrosze", u.created_at AS "createdAt",
  u.updated_at AS "updatedAt"`;

/** A project's updates, newest first. */
export async function selectUpdates(db: Queryable, projectId: string) {
  const { rows } = await db.query<DeliveryUpdateRow>(
    sql`SELECT ${updateColumns} FROM budget_delivery_update u
        WHERE u.project_id = ${projectId} ORDER BY u.reported_on DESC, u.created_at DESC`,
  );
  return rows;
}

export async function selectUpdate(db: Queryable, id: string) {
  const { rows } = await db.query<DeliveryUpdateRow>(
    sql`SELECT ${updateColumns} FROM budget_delivery_update u WHERE u.id = ${id}`,
  );
  return rows[0] ?? null;
}

export type PhotoRow = {
  updateId: string;
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: Date;
};

/** The photos of these updates, in their order, as files. */
export async function selectPhotos(db: Queryable, updateIds: readonly string[]) {
  const { rows } = await db.query<PhotoRow>(
    sql`SELECT ph.update_id AS "updateId", f.id, f.name, f.media_type AS "mediaType",
          f.size_bytes::float8 AS size, f.sha256, f.created_at AS "createdAt"
        FROM budget_delivery_photo ph JOIN stored_file f ON f.id = ph.file_id
        WHERE ph.update_id = ANY(${updateIds}::uuid[]) ORDER BY ph.update_id, ph.position`,
  );
  return rows;
}

export type UpdateValues = {
  reportedOn: string;
  body: string;
  progress: number;
  actualCostGrosze: bigint | null;
};

export async function insertUpdate(
  client: Queryable,
  projectId: string,
  authorId: string | null,
  v: UpdateValues,
) {
  const { rows } = await client.query<{ id: string }>(
    sql`INSERT INTO budget_delivery_update
          (project_id, reported_on, body, progress, actual_cost_grosze, author_id)
        VALUES (${projectId}, ${v.reportedOn}::date, ${v.body}, ${v.progress},
          ${v.actualCostGrosze?.toString() ?? null}::bigint, ${authorId})
        RETURNING id`,
  );
  return (rows[0] as { id: string }).id;
}

export async function updateUpdate(client: pg.ClientBase, id: string, v: UpdateValues) {
  await client.query(
    sql`UPDATE budget_delivery_update SET reported_on = ${v.reportedOn}::date, body = ${v.body},
          progress = ${v.progress}, actual_cost_grosze = ${v.actualCostGrosze?.toString() ?? null}::bigint,
          updated_at = now()
        WHERE id = ${id}`,
  );
}

export async function deleteUpdate(client: pg.ClientBase, id: string) {
  await client.query(sql`DELETE FROM budget_delivery_update WHERE id = ${id}`);
}

/** The update's photos become `fileIds`, in that order. */
export async function replacePhotos(
  client: pg.ClientBase,
  updateId: string,
  fileIds: readonly string[],
) {
  await client.query(sql`DELETE FROM budget_delivery_photo WHERE update_id = ${updateId}`);
  if (fileIds.length === 0) return;
  await client.query(
    sql`INSERT INTO budget_delivery_photo (update_id, file_id, position)
        SELECT ${updateId}, f.id, f.position::int - 1
        FROM unnest(${fileIds}::uuid[]) WITH ORDINALITY AS f(id, position)`,
  );
}

/** The edition's funded projects counted by status. */
export async function countFundedByStatus(pool: pg.Pool, editionId: string) {
  const { rows } = await pool.query<{ status: BudgetProjectStatus; count: number }>(
    sql`SELECT p.status, count(*)::int AS count
        FROM budget_project p JOIN budget_pool pl ON pl.id = p.pool_id
        WHERE pl.edition_id = ${editionId}
          AND p.status = ANY(${fundedStatuses}::budget_project_status[])
        GROUP BY p.status`,
  );
  return rows;
}
