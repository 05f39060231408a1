import type { Database } from '../../../db/database.js';
import type { BudgetPhase, BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import type { Position } from '../../../geo/geojson.js';
import { createBudgetEdition } from '../budget.scenario.js';
import { insertLocations } from './project.sql.js';
import { updateProjectStatus } from './project-staff.sql.js';

/** Places the project at a point. */
export function locateProject(db: Database, projectId: string, coordinates: Position) {
  return insertLocations(db.pool, projectId, [{ type: 'Point', coordinates }], false);
}

/**
 * A Mokotów project of a fresh edition in `phase`, put in `status` by hand (a REJECTED one
 * "too costly"), as if it had come there step by step.
 */
export async function projectInStatus(
  db: Database,
  phase: BudgetPhase,
  status: BudgetProjectStatus,
) {
  const e = await createBudgetEdition(db, { phase });
  const id = e.mokotow.projects[0] ?? '';
  const reason = status === 'REJECTED' ? 'too costly' : null;
  await updateProjectStatus(db.pool, id, 'ACCEPTED', status, reason);
  return id;
}
