import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { badInput, conflict, forbidden } from '../../../errors/domain-error.js';
import { recordAudit } from '../../audit/audit.service.js';
import { managesUnit, type Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import { insertDismissal } from './conflict-candidate.sql.js';
import { managedProjects } from './managed-projects.js';
import type { ProjectService } from './project.service.js';
import { toProject } from './project.sql.js';
import {
  deleteConflict,
  insertConflict,
  selectProjectsByIds,
  selectProjectsNear,
} from './project-staff.sql.js';

const MAX_NEAR = 100;

/**
 * Candidate conflicts by proximity, and the marks of mutual exclusion planners of either
 * project's pool unit (and admins) set between two projects of an edition.
 */
export class ProjectConflictService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
    private readonly projects: ProjectService,
  ) {}

  /** Located projects of the same edition within `meters`, nearest first, with the distance. */
  async near(projectId: string, meters: number) {
    await this.projects.find(projectId, 'projectId');
    if (!Number.isFinite(meters) || meters < 0 || meters > 50_000) {
      throw badInput('meters', 'give a distance from 0 to 50000 metres', 'INPUT_OUT_OF_RANGE', {
        min: 0,
        max: 50_000,
      });
    }
    // To the millimetre: PostgreSQL's division refuses to underflow a subnormal 5e-324 to 0.
    const millimetres = Math.round(meters * 1000) / 1000;
    const near = await selectProjectsNear(this.db.pool, projectId, millimetres, MAX_NEAR);
    const rows = await selectProjectsByIds(
      this.db.pool,
      near.map((n) => n.projectId),
    );
    const byId = new Map(rows.map((row) => [row.id, toProject(row)]));
    return near.flatMap((n) => {
      const project = byId.get(n.projectId);
      return project ? [{ project, distanceMeters: n.distanceMeters }] : [];
    });
  }

  /**
   * Marks two projects of one edition mutually exclusive; planners of either unit may, until
   * VOTING ends (the tally reads the marks).
   */
  async markConflicting(viewer: Viewer, projectId: string, otherProjectId: string) {
    await this.pair(viewer, projectId, otherProjectId);
    await inTransaction(this.db.pool, async (client) => {
      if (!(await insertConflict(client, projectId, otherProjectId))) {
        throw conflict(
          'These projects are already marked as conflicting.',
          'otherProjectId',
          'PROJECT_CONFLICT_ALREADY_MARKED',
        );
      }
      await this.auditPair(
        client,
        viewer,
        'budget.project.conflict.mark',
        projectId,
        otherProjectId,
        false,
      );
    });
    return true;
  }

  async unmarkConflicting(viewer: Viewer, projectId: string, otherProjectId: string) {
    await this.pair(viewer, projectId, otherProjectId);
    await inTransaction(this.db.pool, async (client) => {
      if (!(await deleteConflict(client, projectId, otherProjectId))) {
        throw badInput(
          'otherProjectId',
          'these projects are not marked as conflicting',
          'PROJECT_CONFLICT_NOT_MARKED',
        );
      }
      await this.auditPair(
        client,
        viewer,
        'budget.project.conflict.unmark',
        projectId,
        otherProjectId,
        true,
      );
    });
    return true;
  }

  /** A candidate pair looked at and found not to conflict: no longer offered as a candidate. */
  async dismissCandidate(viewer: Viewer, projectId: string, otherProjectId: string) {
    await this.pair(viewer, projectId, otherProjectId);
    await inTransaction(this.db.pool, async (client) => {
      if (!(await insertDismissal(client, projectId, otherProjectId, viewer.userId))) {
        throw conflict(
          'This candidate was dismissed already.',
          'otherProjectId',
          'PROJECT_CONFLICT_ALREADY_DISMISSED',
        );
      }
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'budget.project.conflict.dismiss',
        targetType: 'BudgetProject',
        targetId: projectId,
        after: { otherProjectId, dismissed: true },
      });
    });
    return true;
  }

  private auditPair(
    client: Parameters<typeof recordAudit>[0],
    viewer: Viewer,
    action: string,
    projectId: string,
    otherProjectId: string,
    before: boolean,
  ) {
    return recordAudit(client, {
      actorId: viewer.userId,
      action,
      targetType: 'BudgetProject',
      targetId: projectId,
      before: { otherProjectId, conflicting: before },
      after: { otherProjectId, conflicting: !before },
    });
  }

  private async pair(viewer: Viewer, projectId: string, otherProjectId: string) {
    const [a, b] = await managedProjects(
      this.db,
      { id: projectId, field: 'projectId' },
      { id: otherProjectId, field: 'otherProjectId' },
    );
    if (!managesUnit(viewer, a.unitId) && !managesUnit(viewer, b.unitId)) {
      throw forbidden("Only planners of either project's pool unit and admins mark conflicts.");
    }
    if (a.id === b.id) {
      throw badInput(
        'otherProjectId',
        'a project cannot conflict with itself',
        'PROJECT_CONFLICT_WITH_ITSELF',
      );
    }
    if (a.editionId !== b.editionId) {
      throw badInput(
        'otherProjectId',
        'only projects of the same edition can conflict',
        'PROJECT_CONFLICT_OTHER_EDITION',
      );
    }
    await this.editions.findBeforeVotingEnds(a.editionId, 'projectId');
  }
}
