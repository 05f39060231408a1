import type { Database } from '../../../db/database.js';
import { isUuid } from '../../../db/uuid.js';
import { notFound } from '../../../errors/domain-error.js';
import { type ManagedProject, selectManagedProjects } from './project-staff.sql.js';

/**
 * The projects asked for, in order, with their pool's unit and edition (who may change them);
 * NOT_FOUND naming the field of the first one missing.
 */
export async function managedProjects<W extends { id: string; field: string }[]>(
  db: Database,
  ...wanted: W
): Promise<{ [K in keyof W]: ManagedProject }> {
  const rows = await selectManagedProjects(db.pool, wanted.map((w) => w.id).filter(isUuid));
  const found = wanted.map(({ id, field }) => {
    const row = rows.find((r) => r.id === id.toLowerCase());
    if (!row) throw notFound(`No budget project has id "${id}".`, field);
    return row;
  });
  return found as { [K in keyof W]: ManagedProject };
}
