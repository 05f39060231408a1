import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { isUuid } from '../../../db/uuid.js';
import { badInput, conflict, forbidden, notFound } from '../../../errors/domain-error.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { FileService } from '../../files/file.service.js';
import { isAdmin, managesUnit, type Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import { selectEvaluations } from '../evaluations/evaluation.sql.js';
import { managedProjects } from '../projects/managed-projects.js';
import { toProject } from '../projects/project.sql.js';
import { checkStatusStep } from '../projects/project-status.rules.js';
import { changeStatus } from '../projects/status-change.js';
import type { AppealDecisionInput, AppealInput } from './appeal.input.js';
import {
  insertAppeal,
  isAuthor,
  selectAppeal,
  selectAppealedProjects,
  selectAppealsOf,
  selectNegativeEvaluation,
  updateAppealDecision,
} from './appeal.sql.js';

const maxText = 5000;
const maxFiles = 10;
export const maxAppealsListed = 200;

/** Appeals: an author appeals a negative evaluation once, during APPEALS; the office decides. */
export class AppealService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
    private readonly files: FileService,
  ) {}

  /** REJECTED → APPEALED, with the author's text and files. */
  async appeal(viewer: Viewer, projectId: string, input: AppealInput) {
    const [project] = await managedProjects(this.db, { id: projectId, field: 'projectId' });
    if (!(await isAuthor(this.db.pool, project.id, viewer.userId))) {
      throw forbidden('Only its authors appeal a project.', 'projectId', 'APPEAL_NOT_AUTHOR');
    }
    checkStatusStep(project.status, 'APPEALED', project.appealed);
    const negative = await selectNegativeEvaluation(this.db.pool, project.id);
    if (!negative || negative.appealId) {
      throw badInput(
        'projectId',
        'no negative evaluation to appeal',
        'APPEAL_NO_NEGATIVE_DECISION',
      );
    }
    await this.editions.findInPhase(project.editionId, 'APPEALS', 'projectId');
    const text = checkText('input.text', input.text);
    if (input.fileIds.length > maxFiles) {
      throw badInput('input.fileIds', `at most ${maxFiles} files`, 'INPUT_OUT_OF_RANGE', {
        max: maxFiles,
      });
    }
    for (const [i, id] of input.fileIds.entries()) {
      await this.files.findOwn(viewer, id, `input.fileIds.${i}`);
    }
    const fileIds = [...new Set(input.fileIds.map((id) => id.toLowerCase()))];
    const id = await inTransaction(this.db.pool, async (client) => {
      await changeStatus(client, viewer, project, 'APPEALED', project.rejectionReason);
      return insertAppeal(client, {
        projectId: project.id,
        evaluationId: negative.id,
        authorId: viewer.userId,
        text,
        fileIds,
      });
    });
    return this.find(id);
  }

  /** APPEALED → ACCEPTED (reinstated) or REJECTED (dismissed, with the justification). */
  async decide(viewer: Viewer, appealId: string, input: AppealDecisionInput) {
    const appeal = isUuid(appealId) ? await selectAppeal(this.db.pool, appealId) : null;
    if (!appeal) throw notFound(`No appeal has id "${appealId}".`, 'appealId');
    if (!managesUnit(viewer, appeal.unitId)) {
      throw forbidden("Only planners of the project's pool unit and admins decide its appeal.");
    }
    if (appeal.decision) {
      throw conflict('The appeal was decided already.', 'appealId', 'APPEAL_ALREADY_DECIDED');
    }
    const justification = checkText('input.justification', input.justification);
    const [project] = await managedProjects(this.db, { id: appeal.projectId, field: 'appealId' });
    const status = input.decision === 'REINSTATED' ? 'ACCEPTED' : 'REJECTED';
    checkStatusStep(project.status, status, project.appealed);
    await this.editions.findInPhase(appeal.editionId, 'APPEALS', 'appealId');
    await inTransaction(this.db.pool, async (client) => {
      const decided = { decision: input.decision, justification, decidedById: viewer.userId };
      if (!(await updateAppealDecision(client, appeal.id, decided))) {
        throw conflict('The appeal was decided already.', 'appealId', 'APPEAL_ALREADY_DECIDED');
      }
      await changeStatus(
        client,
        viewer,
        project,
        status,
        status === 'REJECTED' ? justification : null,
      );
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'budget.appeal.decide',
        targetType: 'BudgetProject',
        targetId: project.id,
        before: null,
        after: { appealId: appeal.id, decision: input.decision, justification },
      });
    });
    return this.find(appeal.id);
  }

  /** The edition's appeals in pools the viewer manages, undecided first. */
  async list(viewer: Viewer, editionId: string) {
    const edition = await this.editions.find(editionId, 'editionId');
    const units = isAdmin(viewer) ? null : [...viewer.plannerUnitIds];
    const rows = await selectAppealedProjects(this.db.pool, edition.id, units, maxAppealsListed);
    const ids = rows.map((r) => r.id);
    const [appeals, evaluations] = await Promise.all([
      selectAppealsOf(this.db.pool, ids),
      selectEvaluations(this.db.pool, ids),
    ]);
    return rows.flatMap((row) => {
      const appeal = appeals.find((a) => a.projectId === row.id);
      const evaluation = evaluations.find((e) => e.id === appeal?.evaluationId);
      if (!appeal || !evaluation) return [];
      return [{ appeal, evaluation, project: toProject(row), poolName: row.poolName }];
    });
  }

  private async find(id: string) {
    const appeal = await selectAppeal(this.db.pool, id);
    if (!appeal) throw notFound(`No appeal has id "${id}".`, 'appealId');
    return appeal;
  }
}

function checkText(field: string, value: string) {
  const text = value.trim();
  if (!text) throw badInput(field, 'required', 'INPUT_REQUIRED');
  if (text.length > maxText) {
    throw badInput(field, `at most ${maxText} characters`, 'INPUT_TOO_LONG', { max: maxText });
  }
  return text;
}
