import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { isUuid } from '../../../db/uuid.js';
import { badInput, conflict, forbidden, notFound } from '../../../errors/domain-error.js';
import type { BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Viewer } from '../../identity/viewer.js';
import { managesUnit } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import type { ProjectService } from './project.service.js';
import { toProject } from './project.sql.js';
import {
  deleteConflict,
  insertConflict,
  type ManagedProject,
  selectManagedProjects,
  selectProjectsByIds,
  selectProjectsNear,
  updateProjectStatus,
} from './project-staff.sql.js';
import { checkStatusStep } from './project-status.rules.js';

const MAX_NEAR = 100;

/** What planners of a project's pool unit (and admins) do to projects: status and conflicts. */
export class ProjectStaffService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
    private readonly projects: ProjectService,
  ) {}

  /** One step of the status machine, in its phase; audited with before and after. */
  async changeStatus(
    viewer: Viewer,
    projectId: string,
    status: BudgetProjectStatus,
    reason: string | null,
  ) {
    const project = await this.managed(viewer, projectId, 'projectId');
    const phase = checkStatusStep(project.status, status, project.appealed);
    const trimmed = reason?.trim() ?? '';
    if (status === 'REJECTED' && trimmed === '') {
      throw badInput('reason', 'a rejection needs a reason the authors can read', 'INPUT_REQUIRED');
    }
    if (trimmed.length > 5000) {
      throw badInput('reason', 'at most 5000 characters', 'INPUT_TOO_LONG', { max: 5000 });
    }
    if (phase) await this.editions.findInPhase(project.editionId, phase, 'status');
    const rejectionReason =
      status === 'REJECTED' ? trimmed : status === 'ACCEPTED' ? null : project.rejectionReason;
    await inTransaction(this.db.pool, async (client) => {
      if (
        !(await updateProjectStatus(client, projectId, project.status, status, rejectionReason))
      ) {
        throw conflict(
          `Project ${projectId} changed status meanwhile; reload it and retry.`,
          'status',
          'PROJECT_STATUS_CHANGED',
        );
      }
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'budget.project.status',
        targetType: 'BudgetProject',
        targetId: projectId,
        before: { status: project.status, rejectionReason: project.rejectionReason },
        after: { status, rejectionReason, ...(trimmed ? { reason: trimmed } : {}) },
      });
    });
    return this.projects.find(projectId);
  }

  /** Located projects of the same edition within `meters`, nearest first, with the distance. */
  async near(projectId: string, meters: number) {
    await this.projects.find(projectId, 'projectId');
    if (!Number.isFinite(meters) || meters < 0 || meters > 50_000) {
      throw badInput('meters', 'give a distance from 0 to 50000 metres', 'INPUT_OUT_OF_RANGE', {
        min: 0,
        max: 50_000,
      });
    }
    const near = await selectProjectsNear(this.db.pool, projectId, meters, MAX_NEAR);
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
    const rows = await this.load([projectId, otherProjectId]);
    const a = pick(rows, projectId, 'projectId');
    const b = pick(rows, otherProjectId, 'otherProjectId');
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

  private async managed(viewer: Viewer, id: string, field: string) {
    const project = pick(await this.load([id]), id, field);
    if (!managesUnit(viewer, project.unitId)) {
      throw forbidden("Only planners of the project's pool unit and admins change its status.");
    }
    return project;
  }

  private load(ids: string[]) {
    return selectManagedProjects(this.db.pool, ids.filter(isUuid));
  }
}

function pick(rows: ManagedProject[], id: string, field: string) {
  const row = rows.find((r) => r.id === id.toLowerCase());
  if (!row) throw notFound(`No budget project has id "${id}".`, field);
  return row;
}
