import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { badInput, forbidden } from '../../../errors/domain-error.js';
import type { Geometry } from '../../../geo/geojson.js';
import { recordAudit } from '../../audit/audit.service.js';
import { managesUnit, type Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import { managedProjects } from './managed-projects.js';
import type { ProjectService } from './project.service.js';
import { insertLocations, selectLocations } from './project.sql.js';
import { assertInsidePool, parseLocation } from './project-location.checks.js';
import type { ProjectLocationInput } from './project-location.input.js';
import { deleteLocations } from './project-location.sql.js';

const MAX_LOCATIONS = 20;

type Located = { geometry: Geometry; illustrative: boolean };

/** Where a project is: planners of its pool's unit (and admins) place and correct it. */
export class ProjectLocationService {
  constructor(
    private readonly db: Database,
    private readonly maxVertices: number,
    private readonly editions: EditionService,
    private readonly projects: ProjectService,
  ) {}

  /**
   * Replaces all of the project's locations (none: a programme without a place), until VOTING
   * ends; each inside the pool's area, audited with before and after.
   */
  async setLocations(viewer: Viewer, projectId: string, inputs: ProjectLocationInput[]) {
    const [project] = await managedProjects(this.db, { id: projectId, field: 'projectId' });
    if (!managesUnit(viewer, project.unitId)) {
      throw forbidden("Only planners of the project's pool unit and admins place it.");
    }
    await this.editions.findBeforeVotingEnds(project.editionId, 'projectId');
    const locations = await this.parse(inputs);
    const { poolId } = await this.projects.find(projectId, 'projectId');
    const pool = await this.db.prisma.budgetPool.findUniqueOrThrow({ where: { id: poolId } });
    const before = await selectLocations(this.db.pool, [projectId]);
    await inTransaction(this.db.pool, async (client) => {
      const geometries = locations.map((l) => l.geometry);
      await assertInsidePool(client, pool, geometries, (i) => `locations[${i}].geometry`);
      await deleteLocations(client, projectId);
      const of = (illustrative: boolean) =>
        locations.filter((l) => l.illustrative === illustrative).map((l) => l.geometry);
      await insertLocations(client, projectId, of(false), false);
      await insertLocations(client, projectId, of(true), true);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'budget.project.locations',
        targetType: 'BudgetProject',
        targetId: projectId,
        before: {
          locations: before.map(({ geometry, illustrative }) => ({ geometry, illustrative })),
        },
        after: { locations },
      });
    });
    return this.projects.find(projectId);
  }

  private async parse(inputs: ProjectLocationInput[]): Promise<Located[]> {
    if (inputs.length > MAX_LOCATIONS) {
      throw badInput(
        'locations',
        `at most ${MAX_LOCATIONS} locations`,
        'PROJECT_LOCATIONS_TOO_MANY',
        { max: MAX_LOCATIONS },
      );
    }
    const out: Located[] = [];
    for (const [i, input] of inputs.entries()) {
      const field = `locations[${i}].geometry`;
      const geometry = await parseLocation(this.db.pool, input.geometry, field, this.maxVertices);
      out.push({ geometry, illustrative: input.illustrative });
    }
    return out;
  }
}
