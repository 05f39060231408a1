import type { Database } from '../../../db/database.js';
import type { BudgetPhase } from '../../../generated/prisma/enums.js';
import { createBudgetEdition } from '../budget.scenario.js';
import { replacePhases } from '../editions/edition.sql.js';
import { updateProjectStatus } from '../projects/project-staff.sql.js';

const DAY_MS = 86_400_000;

/** Puts the edition in `phase` now, and only in it. */
export function setPhase(db: Database, editionId: string, phase: BudgetPhase) {
  const now = Date.now();
  return replacePhases(db.pool, editionId, [
    { phase, startsAt: new Date(now - DAY_MS), endsAt: new Date(now + DAY_MS) },
  ]);
}

/** Makes the user the project's author (or co-author), as proposing it would. */
export async function addAuthor(
  db: Database,
  projectId: string,
  userId: string,
  role: 'AUTHOR' | 'COAUTHOR' = 'AUTHOR',
) {
  await db.pool.query(
    `INSERT INTO budget_project_author (project_id, user_id, role, accepted_at)
     VALUES ($1, $2, $3::budget_project_author_role, now())`,
    [projectId, userId, role],
  );
}

/**
 * An edition in VERIFICATION whose Mokotów projects are SUBMITTED again (the scenario's
 * projects start ACCEPTED), ready for the office to verify.
 */
export async function submittedProjects(db: Database) {
  const e = await createBudgetEdition(db, { phase: 'VERIFICATION' });
  for (const id of e.mokotow.projects) {
    await db.pool.query(`UPDATE budget_project SET status = 'SUBMITTED' WHERE id = $1`, [id]);
  }
  return e;
}

/**
 * A Mokotów project rejected by a negative formal check ("not on city land") and appealed, in
 * an edition in `phase`; returns the project's and the appeal's ids.
 */
export async function appealedProject(db: Database, phase: BudgetPhase) {
  const e = await createBudgetEdition(db, { phase });
  const projectId = e.mokotow.projects[0] ?? '';
  await updateProjectStatus(db.pool, projectId, 'ACCEPTED', 'APPEALED', 'not on city land');
  const { rows } = await db.pool.query<{ id: string }>(
    `WITH e AS (
       INSERT INTO budget_project_evaluation (project_id, stage, checklist, decision, justification, decided_at)
       VALUES ($1, 'FORMAL', '[]', 'NEGATIVE', 'not on city land', now()) RETURNING id)
     INSERT INTO budget_project_appeal (project_id, evaluation_id, text)
     SELECT $1, id, 'it is city land' FROM e RETURNING id`,
    [projectId],
  );
  return { editionId: e.editionId, projectId, appealId: rows[0]?.id ?? '' };
}
