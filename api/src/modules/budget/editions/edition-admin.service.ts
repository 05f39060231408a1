import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { isUuid } from '../../../db/uuid.js';
import { conflict, notFound } from '../../../errors/domain-error.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Viewer } from '../../identity/viewer.js';
import { hasPublishedResults } from '../results/results.sql.js';
import {
  type BudgetEditionInput,
  type BudgetPhasePeriodInput,
  checkEditionInput,
  checkPhases,
} from './edition.input.js';
import type { EditionService } from './edition.service.js';
import { insertEdition, lockEdition, replacePhases, selectPhases } from './edition.sql.js';

/** What admins do to set an edition up: create it and schedule it. Audited. */
export class EditionAdminService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
  ) {}

  async create(viewer: Viewer, input: BudgetEditionInput) {
    const { phases, ...edition } = checkEditionInput(input);
    const id = await inTransaction(this.db.pool, async (client) => {
      const editionId = await insertEdition(client, edition);
      await replacePhases(client, editionId, phases);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'budget.createEdition',
        targetType: 'BudgetEdition',
        targetId: editionId,
        after: { ...edition, phases },
      });
      return editionId;
    });
    return this.editions.find(id);
  }

  /** Replaces the schedule, until the results are published (then they are frozen). */
  async setPhases(viewer: Viewer, editionId: string, phases: BudgetPhasePeriodInput[]) {
    checkPhases(phases, 'phases');
    await inTransaction(this.db.pool, async (client) => {
      if (!isUuid(editionId) || !(await lockEdition(client, editionId))) {
        throw notFound(`No budget edition has id "${editionId}".`, 'editionId');
      }
      if (await hasPublishedResults(client, editionId)) {
        throw conflict(
          `The results of edition ${editionId} are published; its schedule is frozen.`,
          'editionId',
          'RESULTS_PUBLISHED',
        );
      }
      const before = await selectPhases(client, editionId);
      await replacePhases(client, editionId, phases);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'budget.setPhases',
        targetType: 'BudgetEdition',
        targetId: editionId,
        before: { phases: before },
        after: { phases },
      });
    });
    return this.editions.find(editionId);
  }
}
