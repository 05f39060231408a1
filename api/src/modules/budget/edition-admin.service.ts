import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, conflict, notFound } from '../../errors/domain-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../identity/viewer.js';
import {
  type BudgetEditionInput,
  type BudgetPhasePeriodInput,
  type BudgetPoolInput,
  checkEditionInput,
  checkPhases,
  checkPoolName,
} from './edition.input.js';
import type { EditionService } from './edition.service.js';
import {
  existsById,
  insertEdition,
  insertPool,
  lockEdition,
  replacePhases,
  selectEditionPool,
  selectPhases,
} from './edition-admin.sql.js';
import { parseGrosze } from './money.js';
import { hasPublishedResults } from './results.sql.js';

/** What admins do to set an edition up: create it, schedule it, give it pools. All audited. */
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

  async createPool(viewer: Viewer, input: BudgetPoolInput) {
    const name = checkPoolName(input.name);
    const amountGrosze = parseGrosze(input.amountGrosze, 'input.amountGrosze');
    const areaId = input.areaId ?? null;
    if (input.kind === 'AREA' && !areaId)
      throw badInput('input.areaId', 'an AREA pool needs an area');
    if (input.kind === 'CITYWIDE' && areaId) {
      throw badInput('input.areaId', 'a CITYWIDE pool has no area');
    }
    const pool = {
      editionId: input.editionId,
      kind: input.kind,
      areaId,
      unitId: input.unitId,
      name,
      amountGrosze,
    };
    const poolId = await inTransaction(this.db.pool, async (client) => {
      if (!isUuid(pool.editionId) || !(await lockEdition(client, pool.editionId))) {
        throw notFound(`No budget edition has id "${pool.editionId}".`, 'input.editionId');
      }
      if (await hasPublishedResults(client, pool.editionId)) {
        throw conflict(
          `The results of edition ${pool.editionId} are published.`,
          'input.editionId',
        );
      }
      if (areaId && !(isUuid(areaId) && (await existsById(client, 'area', areaId)))) {
        throw badInput('input.areaId', `no area has id "${areaId}"`);
      }
      if (!isUuid(pool.unitId) || !(await existsById(client, 'organisation_unit', pool.unitId))) {
        throw badInput('input.unitId', `no organisation unit has id "${pool.unitId}"`);
      }
      if (await selectEditionPool(client, pool.editionId, pool.kind, areaId)) {
        throw conflict(
          pool.kind === 'AREA'
            ? 'The edition already has a pool for this area.'
            : 'The edition already has its city-wide pool.',
          pool.kind === 'AREA' ? 'input.areaId' : 'input.kind',
        );
      }
      const id = await insertPool(client, pool);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'budget.createPool',
        targetType: 'BudgetPool',
        targetId: id,
        after: { ...pool, amountGrosze: amountGrosze.toString() },
      });
      return id;
    });
    const edition = await this.editions.find(pool.editionId);
    return edition.pools.find((p) => p.id === poolId);
  }
}
