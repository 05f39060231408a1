import { type Queryable, sql } from '../../../db/sql.js';
import type { BudgetAppealDecision } from '../../../generated/prisma/enums.js';
import { columns, type ProjectRow } from '../projects/project.sql.js';

export type AppealRow = {
  id: string;
  projectId: string;
  evaluationId: string;
  text: string;
  decision: BudgetAppealDecision | null;
  justification: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  fileIds: string[];
};

const appealColumns = sql`a.id, a.project_id AS "projectId", a.evaluation_id AS "evaluationId",
  a.text, a.decision, a.justification, a.created_at AS "createdAt", a.decided_at AS "decidedAt",
  ARRAY(SELECT f.file_id::text FROM budget_appeal_file f WHERE f.appeal_id = a.id
        ORDER BY f.position) AS "fileIds"`;

export async function isAuthor(db: Queryable, projectId: string, userId: string) {
  const { rows } = await db.query(
    sql`SELECT 1 FROM budget_project_author WHERE project_id = ${projectId} AND user_id = ${userId}`,
  );
  return rows.length > 0;
}

/** The project's last negative evaluation, with the appeal of it if there is one. */
export async function selectNegativeEvaluation(db: Queryable, projectId: string) {
  const { rows } = await db.query<{ id: string; appealId: string | null }>(
    sql`SELECT e.id, a.id AS "appealId" FROM budget_project_evaluation e
        LEFT JOIN budget_project_appeal a ON a.evaluation_id = e.id
        WHERE e.project_id = ${projectId} AND e.decision = 'NEGATIVE'
        ORDER BY e.decided_at DESC LIMIT 1`,
  );
  return rows[0] ?? null;
}

export type NewAppeal = {
  projectId: string;
  evaluationId: string;
  authorId: string;
  text: string;
  fileIds: string[];
};

export async function insertAppeal(db: Queryable, a: NewAppeal) {
  const { rows } = await db.query<{ id: string }>(
    sql`INSERT INTO budget_project_appeal (project_id, evaluation_id, author_id, text)
        VALUES (${a.projectId}, ${a.evaluationId}, ${a.authorId}, ${a.text}) RETURNING id`,
  );
  const id = rows[0]?.id ?? '';
  await db.query(
    sql`INSERT INTO budget_appeal_file (appeal_id, file_id, position)
        SELECT ${id}::uuid, f.id, f.position::int
        FROM unnest(${a.fileIds}::uuid[]) WITH ORDINALITY AS f (id, position)`,
  );
  return id;
}

export type ManagedAppeal = AppealRow & { unitId: string; editionId: string };

export async function selectAppeal(db: Queryable, id: string) {
  const { rows } = await db.query<ManagedAppeal>(
    sql`SELECT ${appealColumns}, pl.unit_id AS "unitId", pl.edition_id AS "editionId"
        FROM budget_project_appeal a JOIN budget_project p ON p.id = a.project_id
        JOIN budget_pool pl ON pl.id = p.pool_id WHERE a.id = ${id}`,
  );
  return rows[0] ?? null;
}

export async function selectAppealsOf(db: Queryable, projectIds: readonly string[]) {
  const { rows } = await db.query<AppealRow>(
    sql`SELECT ${appealColumns} FROM budget_project_appeal a
        WHERE a.project_id = ANY(${projectIds}::uuid[]) ORDER BY a.created_at`,
  );
  return rows;
}

export type DecidedAppeal = {
  decision: BudgetAppealDecision;
  justification: string;
  decidedById: string;
};

/** False when someone decided it meanwhile. */
export async function updateAppealDecision(db: Queryable, id: string, d: DecidedAppeal) {
  const { rowCount } = await db.query(
    sql`UPDATE budget_project_appeal
        SET decision = ${d.decision}::budget_appeal_decision, justification = ${d.justification},
            decided_by_id = ${d.decidedById}, decided_at = now()
        WHERE id = ${id} AND decided_at IS NULL`,
  );
  return rowCount === 1;
}

/**
 * The appealed projects of the edition in pools of `unitIds` (all for null), undecided appeals
 * first, then oldest.
 */
export async function selectAppealedProjects(
  db: Queryable,
  editionId: string,
  unitIds: string[] | null,
  limit: number,
) {
  const { rows } = await db.query<ProjectRow & { poolName: string }>(
    sql`SELECT ${columns}, pl.name AS "poolName"
        FROM budget_project_appeal a JOIN budget_project p ON p.id = a.project_id
        JOIN budget_pool pl ON pl.id = p.pool_id
        WHERE pl.edition_id = ${editionId}::uuid
          AND (${unitIds}::uuid[] IS NULL OR pl.unit_id = ANY(${unitIds}::uuid[]))
        ORDER BY a.decided_at IS NOT NULL, a.created_at, a.id LIMIT ${limit}`,
  );
  return rows;
}
