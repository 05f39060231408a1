import { type Queryable, sql } from '../../../db/sql.js';
import { columns, type ProjectRow } from '../projects/project.sql.js';

export type MyProjectRow = ProjectRow & {
  role: string;
  editionId: string;
  editionTitle: string;
  poolName: string;
};

/** The user's projects as author or co-author, drafts included, newest first. */
export async function selectMyProjects(db: Queryable, userId: string, limit: number) {
  const { rows } = await db.query<MyProjectRow>(
    sql`SELECT ${columns}, au.role::text AS role, pl.edition_id AS "editionId",
               ed.title AS "editionTitle", pl.name AS "poolName"
        FROM budget_project_author au JOIN budget_project p ON p.id = au.project_id
        JOIN budget_pool pl ON pl.id = p.pool_id JOIN budget_edition ed ON ed.id = pl.edition_id
        WHERE au.user_id = ${userId}
        ORDER BY p.created_at DESC, p.id LIMIT ${limit}`,
  );
  return rows;
}
