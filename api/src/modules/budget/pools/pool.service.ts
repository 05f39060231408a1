import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { isUuid } from '../../../db/uuid.js';
import { badInput, conflict, notFound } from '../../../errors/domain-error.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import { lockEdition } from '../editions/edition.sql.js';
import { parseGrosze } from '../money.js';
import { hasPublishedResults } from '../results/results.sql.js';
import { type BudgetPoolInput, type BudgetPoolUpdateInput, checkPoolName } from './pool.input.js';
import { existsById, insertPool, lockPool, selectEditionPool, updatePool } from './pool.sql.js';

/** What admins do to give an edition its pools and change them. Audited. */
export class PoolService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
  ) {}

  async create(viewer: Viewer, input: BudgetPoolInput) {
    const name = checkPoolName(input.name);
    const amountGrosze = parseGrosze(input.amountGrosze, 'input.amountGrosze');
    const areaId = input.areaId ?? null;
    if (input.kind === 'AREA' && !areaId) {
      throw badInput('input.areaId', 'an AREA pool needs an area', 'POOL_AREA_REQUIRED');
    }
    if (input.kind === 'CITYWIDE' && areaId) {
      throw badInput('input.areaId', 'a CITYWIDE pool has no area', 'POOL_AREA_UNEXPECTED');
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
          'RESULTS_PUBLISHED',
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
          'POOL_ALREADY_EXISTS',
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

  /** Renames the pool or changes its amount, until the edition's results are published. */
  async update(viewer: Viewer, poolId: string, input: BudgetPoolUpdateInput) {
    const name = checkPoolName(input.name);
    const amountGrosze = parseGrosze(input.amountGrosze, 'input.amountGrosze');
    const editionId = await inTransaction(this.db.pool, async (client) => {
      const before = isUuid(poolId) ? await lockPool(client, poolId) : null;
      if (!before) throw notFound(`No budget pool has id "${poolId}".`, 'poolId');
      if (await hasPublishedResults(client, before.editionId)) {
        throw conflict(
          `The results of edition ${before.editionId} are published.`,
          'poolId',
          'RESULTS_PUBLISHED',
        );
      }
      await updatePool(client, poolId, name, amountGrosze);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'budget.updatePool',
        targetType: 'BudgetPool',
        targetId: poolId,
        before: { name: before.name, amountGrosze: before.amountGrosze },
        after: { name, amountGrosze: amountGrosze.toString() },
      });
      return before.editionId;
    });
    const edition = await this.editions.find(editionId);
    return edition.pools.find((p) => p.id === poolId);
  }
}
