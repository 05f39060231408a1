import { join, type Queryable, type Sql, sql } from '../../../db/sql.js';
import type {
  BudgetEvaluationDecision,
  BudgetEvaluationStage,
  BudgetProjectStatus,
} from '../../../generated/prisma/enums.js';
import type { Keyset } from '../../../graphql/connection.js';
import { columns, type ProjectRow } from '../projects/project.sql.js';
import type { ChecklistItem } from './checklist.js';

export type EvaluationRow = {
  id: string;
  projectId: string;
  stage: BudgetEvaluationStage;
  checklist: ChecklistItem[];
  decision: BudgetEvaluationDecision | null;
  justification: string | null;
  unitId: string | null;
  unitName: string | null;
  reviewerId: string | null;
  reviewerName: string | null;
  dueAt: Date | null;
  decidedAt: Date | null;
  overdue: boolean;
};

const evaluationColumns = sql`e.id, e.project_id AS "projectId", e.stage, e.checklist, e.decision,
  e.justification, e.unit_id AS "unitId", u.name AS "unitName", e.reviewer_id AS "reviewerId",
  r.display_name AS "reviewerName", e.due_at AS "dueAt", e.decided_at AS "decidedAt",
  coalesce(e.decided_at IS NULL AND e.due_at < now(), false) AS overdue`;

/** The projects' evaluations, FORMAL before MERIT. */
export async function selectEvaluations(db: Queryable, projectIds: readonly string[]) {
  const { rows } = await db.query<EvaluationRow>(
    sql`SELECT ${evaluationColumns}
        FROM budget_project_evaluation e
        LEFT JOIN organisation_unit u ON u.id = e.unit_id
        LEFT JOIN app_user r ON r.id = e.reviewer_id
        WHERE e.project_id = ANY(${projectIds}::uuid[])
        ORDER BY e.project_id, e.stage`,
  );
  return rows;
}

export async function insertEvaluation(
  db: Queryable,
  projectId: string,
  stage: BudgetEvaluationStage,
  checklist: ChecklistItem[],
) {
  await db.query(
    sql`INSERT INTO budget_project_evaluation (project_id, stage, checklist)
        VALUES (${projectId}, ${stage}::budget_evaluation_stage, ${JSON.stringify(checklist)}::jsonb)`,
  );
}

export type Assignment = { unitId: string | null; reviewerId: string | null; dueAt: Date | null };

/** Assigns the project's undecided evaluation; false when it has none. */
export async function updateAssignment(db: Queryable, projectId: string, a: Assignment) {
  const { rowCount } = await db.query(
    sql`UPDATE budget_project_evaluation
        SET unit_id = ${a.unitId}, reviewer_id = ${a.reviewerId}, due_at = ${a.dueAt}
        WHERE project_id = ${projectId} AND decided_at IS NULL`,
  );
  return rowCount === 1;
}

export type Decision = {
  checklist: ChecklistItem[];
  decision: BudgetEvaluationDecision;
  justification: string | null;
  decidedById: string;
};

/** Decides the evaluation if it is still undecided; false when someone decided it meanwhile. */
export async function updateDecision(db: Queryable, id: string, d: Decision) {
  const { rowCount } = await db.query(
    sql`UPDATE budget_project_evaluation
        SET checklist = ${JSON.stringify(d.checklist)}::jsonb,
            decision = ${d.decision}::budget_evaluation_decision,
            justification = ${d.justification}, decided_by_id = ${d.decidedById}, decided_at = now()
        WHERE id = ${id} AND decided_at IS NULL`,
  );
  return rowCount === 1;
}

export type QueueQuery = {
  editionId: string;
  statuses: BudgetProjectStatus[];
  poolId: string | null;
  reviewerId: string | null;
  overdue: boolean;
  /** Null for an admin, who sees every project. */
  viewer: { userId: string; unitIds: string[] } | null;
};

export type QueueRow = ProjectRow & { poolName: string };

// The open (or last) evaluation of each project decides the reviewer and overdue filters.
const queueFrom = sql`budget_project p JOIN budget_pool pl ON pl.id = p.pool_id
  LEFT JOIN LATERAL (
    SELECT * FROM budget_project_evaluation e WHERE e.project_id = p.id
    ORDER BY e.stage DESC LIMIT 1) cur ON true`;

function queueWhere(q: QueueQuery, after: Keyset | null) {
  const v = q.viewer;
  const conditions = [
    sql`pl.edition_id = ${q.editionId}::uuid`,
    sql`p.status = ANY(${q.statuses}::budget_project_status[])`,
    q.poolId && sql`p.pool_id = ${q.poolId}::uuid`,
    q.reviewerId && sql`cur.reviewer_id = ${q.reviewerId}::uuid`,
    q.overdue && sql`cur.decided_at IS NULL AND cur.due_at < now()`,
    v &&
      sql`(pl.unit_id = ANY(${v.unitIds}::uuid[]) OR cur.unit_id = ANY(${v.unitIds}::uuid[])
           OR cur.reviewer_id = ${v.userId}::uuid)`,
    after && sql`(p.created_at, p.id) > (${after.createdAt}, ${after.id}::uuid)`,
  ].filter((c): c is Sql => Boolean(c));
  return sql`WHERE ${join(conditions, ' AND ')}`;
}

/** Oldest first, as submitted; one row more than `first`. */
export async function selectQueue(
  db: Queryable,
  q: QueueQuery,
  first: number,
  after: Keyset | null,
) {
  const { rows } = await db.query<QueueRow>(
    sql`SELECT ${columns}, pl.name AS "poolName" FROM ${queueFrom} ${queueWhere(q, after)}
        ORDER BY p.created_at, p.id LIMIT ${first + 1}`,
  );
  return rows;
}

export async function countQueue(db: Queryable, q: QueueQuery) {
  const { rows } = await db.query<{ count: number }>(
    sql`SELECT count(*)::int AS count FROM ${queueFrom} ${queueWhere(q, null)}`,
  );
  return rows[0]?.count ?? 0;
}

/** One project as a queue row, whoever may see it. */
export async function selectQueueRow(db: Queryable, projectId: string) {
  const { rows } = await db.query<QueueRow>(
    sql`SELECT ${columns}, pl.name AS "poolName"
        FROM budget_project p JOIN budget_pool pl ON pl.id = p.pool_id WHERE p.id = ${projectId}`,
  );
  return rows[0];
}

/** Whether the user may review: a planner of some unit, or an admin. */
export async function isReviewer(db: Queryable, userId: string) {
  const { rows } = await db.query(
    sql`SELECT 1 FROM role_grant WHERE user_id = ${userId} AND role IN ('PLANNER', 'ADMIN')`,
  );
  return rows.length > 0;
}

export async function unitExists(db: Queryable, unitId: string) {
  const { rows } = await db.query(sql`SELECT 1 FROM organisation_unit WHERE id = ${unitId}`);
  return rows.length > 0;
}

export type ReviewerRow = { id: string; name: string; unitName: string };

/** Planners who may be assigned an evaluation, by unit and name; at most `limit`. */
export async function selectReviewers(db: Queryable, limit: number) {
  const { rows } = await db.query<ReviewerRow>(
    sql`SELECT u.id, coalesce(u.display_name, '') AS name, ou.name AS "unitName"
        FROM role_grant g JOIN app_user u ON u.id = g.user_id
        JOIN organisation_unit ou ON ou.id = g.unit_id
        WHERE g.role = 'PLANNER' AND u.deleted_at IS NULL
        ORDER BY ou.name, u.display_name, u.id LIMIT ${limit}`,
  );
  return rows;
}
