import DataLoader from 'dataloader';
import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { isUuid } from '../../../db/uuid.js';
import { forbidden, notFound } from '../../../errors/domain-error.js';
import type { Geometry } from '../../../geo/geojson.js';
import { assertValidGeometry } from '../../../geo/validity.js';
import type { Keyset } from '../../../graphql/connection.js';
import { checkMaxLength } from '../../../graphql/text-argument.js';
import { recordAudit } from '../../audit/audit.service.js';
import { managesUnit, type Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import { parseGrosze } from '../money.js';
import { type BudgetProjectInput, checkCostLines, checkTitle } from './project.input.js';
import {
  countProjects,
  insertLocations,
  insertProject,
  type ProjectQuery,
  selectLocations,
  selectProjectById,
  selectProjects,
  toProject,
} from './project.sql.js';
import { assertInsidePool, parseLocation } from './project-location.checks.js';

export class ProjectService {
  constructor(
    private readonly db: Database,
    private readonly maxVertices: number,
    private readonly editions: EditionService,
  ) {}

  loaders() {
    return {
      budgetProjectLocations: new DataLoader(async (ids: readonly string[]) => {
        const rows = await selectLocations(this.db.pool, ids);
        return ids.map((id) => rows.filter((row) => row.projectId === id));
      }),
    };
  }

  async list(filter: ProjectQuery, first: number, after: Keyset | null) {
    // GEOS can fail on an invalid polygon mid-query; refuse it first, with PostGIS's reason.
    if (filter.intersecting) {
      await assertValidGeometry(this.db.pool, filter.intersecting, 'filter.intersecting');
    }
    const rows = await selectProjects(this.db.pool, filter, first, after);
    return { rows: rows.map(toProject), count: () => countProjects(this.db.pool, filter) };
  }

  async find(id: string, field = 'id') {
    const row = isUuid(id) ? await selectProjectById(this.db.pool, id) : null;
    if (!row) throw notFound(`No budget project has id "${id}".`, field);
    return toProject(row);
  }

  /** A project anyone may read: a draft is its authors' alone (projectProposal). */
  async findPublic(id: string) {
    const project = await this.find(id);
    if (project.status === 'DRAFT') throw notFound(`No budget project has id "${id}".`, 'id');
    return project;
  }

  /**
   * A project in a pool the viewer's unit owns, during SUBMISSION; located projects must lie in
   * the pool's area.
   */
  async create(viewer: Viewer, poolId: string, input: BudgetProjectInput) {
    const pool = isUuid(poolId)
      ? await this.db.prisma.budgetPool.findUnique({ where: { id: poolId } })
      : null;
    if (!pool) throw notFound(`No budget pool has id "${poolId}".`, 'poolId');
    if (!managesUnit(viewer, pool.unitId)) {
      throw forbidden("Only planners of the pool's unit and admins add its projects.");
    }
    await this.editions.findInPhase(pool.editionId, 'SUBMISSION', 'poolId');
    const title = checkTitle(input.title, 'input.title');
    const description = checkMaxLength(input.description ?? '', 'input.description', 50_000);
    const cost = parseGrosze(input.costGrosze, 'input.costGrosze');
    const costLines = checkCostLines(input.costLines ?? [], cost);
    const locations = await this.parseLocations(input.locations ?? []);
    return inTransaction(this.db.pool, async (client) => {
      await assertInsidePool(client, pool, locations, (i) => `input.locations[${i}]`);
      const id = await insertProject(client, {
        poolId,
        title,
        description,
        categories: input.categories ?? [],
        targetGroups: input.targetGroups ?? [],
        costGrosze: cost,
        costLines,
      });
      await insertLocations(client, id, locations, false);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'budget.project.create',
        targetType: 'BudgetProject',
        targetId: id,
        after: { poolId, title, costGrosze: cost.toString() },
      });
      return id;
    }).then((id) => this.find(id));
  }

  private async parseLocations(values: unknown[]): Promise<Geometry[]> {
    const out: Geometry[] = [];
    for (const [i, value] of values.entries()) {
      out.push(await parseLocation(this.db.pool, value, `input.locations[${i}]`, this.maxVertices));
    }
    return out;
  }
}
