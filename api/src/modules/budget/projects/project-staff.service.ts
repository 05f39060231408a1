import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { badInput, forbidden } from '../../../errors/domain-error.js';
import type { BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import type { Viewer } from '../../identity/viewer.js';
import { managesUnit } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import { managedProjects } from './managed-projects.js';
import type { ProjectService } from './project.service.js';
import { checkStatusStep } from './project-status.rules.js';
import { changeStatus } from './status-change.js';

/** What planners of a project's pool unit (and admins) do to a project's status. */
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
    await inTransaction(this.db.pool, (client) =>
      changeStatus(client, viewer, project, status, rejectionReason, trimmed),
    );
    return this.projects.find(projectId);
  }

  private async managed(viewer: Viewer, id: string, field: string) {
    const [project] = await managedProjects(this.db, { id, field });
    if (!managesUnit(viewer, project.unitId)) {
      throw forbidden("Only planners of the project's pool unit and admins change its status.");
    }
    return project;
  }
}
