import type { Database } from '../../../db/database.js';
import { createBudgetEdition } from '../budget.scenario.js';
import { updateProjectStatus } from '../projects/project-staff.sql.js';
import { insertUpdate } from './delivery.sql.js';

/**
 * Test data: the budget scenario's edition (Mokotów's pool owned by its district office) with
 * Mokotów's first project funded (SELECTED) and its second only ACCEPTED.
 */
export async function createFundedProject(db: Database) {
  const edition = await createBudgetEdition(db, { phase: 'IMPLEMENTATION' });
  const [funded, unfunded] = edition.mokotow.projects as [string, string];
  await updateProjectStatus(db.pool, funded, 'ACCEPTED', 'SELECTED', null);
  return { editionId: edition.editionId, funded, unfunded };
}

/** A funded project with one delivery update, stored directly; its ids. */
export async function createDeliveryUpdate(db: Database) {
  const { funded } = await createFundedProject(db);
  const values = {
    reportedOn: '2026-11-30',
    body: 'Prace trwają.',
    progress: 50,
    actualCostGrosze: null,
  };
  return { projectId: funded, updateId: await insertUpdate(db.pool, funded, null, values) };
}
