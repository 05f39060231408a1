import type pg from 'pg';
import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { isUuid } from '../../../db/uuid.js';
import { conflict, notFound } from '../../../errors/domain-error.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Viewer } from '../../identity/viewer.js';
import { hasPublishedResults } from '../results/results.sql.js';
import {
  type BudgetEditionInput,
  type BudgetEditionRulesInput,
  type BudgetPhasePeriodInput,
  checkEditionInput,
  checkEditionRules,
  checkPhases,
} from './edition.input.js';
import type { EditionService } from './edition.service.js';
import {
  insertEdition,
  lockEdition,
  replacePhases,
  selectPhases,
  updateEditionRules,
} from './edition.sql.js';

/** The edition, locked, while its results are unpublished; else NOT_FOUND or CONFLICT. */
async function lockUnpublished(client: pg.ClientBase, editionId: string, what: string) {
  if (!isUuid(editionId) || !(await lockEdition(client, editionId))) {
    throw notFound(`No budget edition has id "${editionId}".`, 'editionId');
  }
  if (await hasPublishedResults(client, editionId)) {
    throw conflict(
      `The results of edition ${editionId} are published; its ${what} frozen.`,
      'editionId',
      'RESULTS_PUBLISHED',
    );
  }
}

/** What admins do to set an edition up: create it, rename it, set its rules and schedule. Audited. */
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
      await lockUnpublished(client, editionId, 'schedule is');
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

  /** Renames the edition and replaces its rules, until the results are published. */
  async update(viewer: Viewer, editionId: string, input: BudgetEditionRulesInput) {
    const rules = checkEditionRules(input);
    await inTransaction(this.db.pool, async (client) => {
      await lockUnpublished(client, editionId, 'rules are');
      const before = await updateEditionRules(client, editionId, rules);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'budget.updateEdition',
        targetType: 'BudgetEdition',
        targetId: editionId,
        before,
        after: rules,
      });
    });
    return this.editions.find(editionId);
  }
}
