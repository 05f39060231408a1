import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { recordAudit } from '../../audit/audit.service.js';
import { insertEdition, replacePhases } from '../editions/edition.sql.js';
import { insertPool } from '../pools/pool.sql.js';
import { PabulibError } from './pabulib-error.js';
import { checkImport } from './pabulib-import.check.js';
import { insertBallots, insertProjects } from './pabulib-import.sql.js';

export type ImportOptions = {
  /** Owner of a city-wide pool (a file whose `district` names no Warsaw district). */
  unitSlug?: string;
  actorId: string | null;
};

/**
 * Creates an edition, one pool, its projects and ballots from a `.pb` file, all or nothing,
 * once {@link checkImport} (the preview's check) finds no problem; else throws the first.
 */
export async function importPabulib(db: Database, text: string, options: ImportOptions) {
  return inTransaction(db.pool, async (client) => {
    const { file, edition, voting, pool, problems } = await checkImport(
      client,
      text,
      options.unitSlug,
    );
    const [problem] = problems;
    if (problem) throw problem;
    if (!file || !edition || !pool) throw new PabulibError(1, 'the file cannot be read');
    const editionId = await insertEdition(client, edition);
    if (voting) await replacePhases(client, editionId, [voting]);
    const poolId = await insertPool(client, { ...pool, editionId });
    await insertProjects(client, poolId, file);
    await insertBallots(client, editionId, poolId, file);
    await recordAudit(client, {
      actorId: options.actorId,
      action: 'budget.import',
      targetType: 'BudgetEdition',
      targetId: editionId,
      after: { projects: file.projects.length, ballots: file.ballots.length },
    });
    return { editionId, poolId, projects: file.projects.length, ballots: file.ballots.length };
  });
}
