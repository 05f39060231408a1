import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { badInput, forbidden } from '../../../errors/domain-error.js';
import type { BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import type { Keyset } from '../../../graphql/connection.js';
import { recordAudit } from '../../audit/audit.service.js';
import { isAdmin, managesUnit, type Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import { managedProjects } from '../projects/managed-projects.js';
import { toProject } from '../projects/project.sql.js';
import type { ManagedProject } from '../projects/project-staff.sql.js';
import { checkStatusStep } from '../projects/project-status.rules.js';
import { changeStatus, statusChanged } from '../projects/status-change.js';
import { blankChecklist } from './checklist.js';
import { checkAssignment, checkDecision } from './evaluation.checks.js';
import type { EvaluationAssignmentInput, EvaluationDecisionInput } from './evaluation.input.js';
import {
  countQueue,
  type EvaluationRow,
  insertEvaluation,
  type QueueQuery,
  type QueueRow,
  selectEvaluations,
  selectQueue,
  selectQueueRow,
  selectReviewers,
  updateAssignment,
  updateDecision,
} from './evaluation.sql.js';

export const maxBulk = 100;
const maxReviewers = 500;

/** The verification queue: formal check, then merit evaluation, each decided by the office. */
export class EvaluationService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
  ) {}

  /** Puts SUBMITTED projects IN_VERIFICATION, each with a blank formal checklist; all or none. */
  async startVerification(viewer: Viewer, projectIds: string[]) {
    const projects = await this.managedMany(viewer, projectIds);
    for (const p of projects) checkStatusStep(p.status, 'IN_VERIFICATION', p.appealed);
    await this.inPhase(projects, 'projectIds');
    await inTransaction(this.db.pool, async (client) => {
      for (const p of projects) {
        await changeStatus(client, viewer, p, 'IN_VERIFICATION', p.rejectionReason);
        await insertEvaluation(client, p.id, 'FORMAL', blankChecklist('FORMAL'));
      }
    });
    return projectIds;
  }

  /** Assigns the open evaluations of many projects to a unit, a reviewer and a due date. */
  async assign(viewer: Viewer, projectIds: string[], input: EvaluationAssignmentInput) {
    const projects = await this.managedMany(viewer, projectIds);
    const assignment = await checkAssignment(this.db.pool, input);
    await inTransaction(this.db.pool, async (client) => {
      for (const [i, p] of projects.entries()) {
        if (!(await updateAssignment(client, p.id, assignment))) throw notOpen(`projectIds.${i}`);
        await recordAudit(client, {
          actorId: viewer.userId,
          action: 'budget.evaluation.assign',
          targetType: 'BudgetProject',
          targetId: p.id,
          before: null,
          after: { ...assignment, dueAt: assignment.dueAt?.toISOString() ?? null },
        });
      }
    });
    return projectIds;
  }

  /**
   * Decides the project's open evaluation. A negative one rejects the project with its
   * justification; a positive formal check opens the merit evaluation; a positive merit
   * evaluation accepts the project.
   */
  async decide(viewer: Viewer, projectId: string, input: EvaluationDecisionInput) {
    const [project] = await managedProjects(this.db, { id: projectId, field: 'projectId' });
    const open = (await selectEvaluations(this.db.pool, [project.id])).find((e) => !e.decidedAt);
    this.checkMayDecide(viewer, project, open);
    if (!open || project.status !== 'IN_VERIFICATION') throw notOpen('projectId');
    const decision = checkDecision(open.stage, input);
    const next = nextStatus(open, decision.decision);
    if (next) checkStatusStep(project.status, next, project.appealed);
    await this.editions.findInPhase(project.editionId, 'VERIFICATION', 'projectId');
    await inTransaction(this.db.pool, async (client) => {
      if (!(await updateDecision(client, open.id, { ...decision, decidedById: viewer.userId }))) {
        throw statusChanged(projectId);
      }
      if (next) await changeStatus(client, viewer, project, next, rejectionOf(next, decision));
      else await insertEvaluation(client, project.id, 'MERIT', blankChecklist('MERIT'));
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'budget.evaluation.decide',
        targetType: 'BudgetProject',
        targetId: project.id,
        before: { stage: open.stage, checklist: open.checklist },
        after: { stage: open.stage, ...decision },
      });
    });
    return this.entry(project.id);
  }

  /** A page of the edition's queue, as far as the viewer may see it. */
  async queue(viewer: Viewer, q: Omit<QueueQuery, 'viewer'>, first: number, after: Keyset | null) {
    const query = { ...q, viewer: scopeOf(viewer) };
    const rows = await selectQueue(this.db.pool, query, first, after);
    return { rows: await this.withEvaluations(rows), count: () => countQueue(this.db.pool, query) };
  }

  reviewers() {
    return selectReviewers(this.db.pool, maxReviewers);
  }

  async entry(projectId: string) {
    const row = await selectQueueRow(this.db.pool, projectId);
    const [entry] = await this.withEvaluations(row ? [row] : []);
    return entry;
  }

  /** Every project asked for, each managed by the viewer; at most `maxBulk`. */
  private async managedMany(viewer: Viewer, ids: string[]) {
    if (ids.length < 1 || ids.length > maxBulk) {
      throw badInput('projectIds', `give 1 to ${maxBulk} projects`, 'INPUT_INVALID');
    }
    const wanted = [...new Set(ids)].map((id, i) => ({ id, field: `projectIds.${i}` }));
    const projects = await managedProjects(this.db, ...wanted);
    if (projects.some((p) => !managesUnit(viewer, p.unitId))) {
      throw forbidden("Only planners of the projects' pool units and admins verify them.");
    }
    return projects;
  }

  private async inPhase(projects: ManagedProject[], field: string) {
    for (const editionId of new Set(projects.map((p) => p.editionId))) {
      await this.editions.findInPhase(editionId, 'VERIFICATION', field);
    }
  }

  /** The pool's planners and admins; the assigned reviewer; planners of the assigned unit. */
  private checkMayDecide(viewer: Viewer, project: ManagedProject, open?: EvaluationRow) {
    const assigned =
      open !== undefined &&
      (open.reviewerId === viewer.userId ||
        (open.unitId !== null && managesUnit(viewer, open.unitId)));
    if (!managesUnit(viewer, project.unitId) && !assigned) {
      throw forbidden(
        "Only the assigned reviewer, planners of the project's pool or assigned unit, and admins decide.",
      );
    }
  }

  private async withEvaluations(rows: QueueRow[]) {
    const evaluations = await selectEvaluations(
      this.db.pool,
      rows.map((r) => r.id),
    );
    return rows.map((row) => ({
      project: toProject(row),
      poolName: row.poolName,
      createdAt: row.createdAt,
      id: row.id,
      evaluations: evaluations.filter((e) => e.projectId === row.id),
    }));
  }
}

const notOpen = (field: string) =>
  badInput(field, 'the project has no evaluation waiting for a decision', 'EVALUATION_NOT_OPEN');

/** The status a decision moves the project to; null when a merit evaluation follows. */
function nextStatus(
  open: EvaluationRow,
  decision: 'POSITIVE' | 'NEGATIVE',
): BudgetProjectStatus | null {
  if (decision === 'NEGATIVE') return 'REJECTED';
  return open.stage === 'MERIT' ? 'ACCEPTED' : null;
}

const rejectionOf = (status: BudgetProjectStatus, d: { justification: string | null }) =>
  status === 'REJECTED' ? d.justification : null;

const scopeOf = (viewer: Viewer) =>
  isAdmin(viewer) ? null : { userId: viewer.userId, unitIds: [...viewer.plannerUnitIds] };
