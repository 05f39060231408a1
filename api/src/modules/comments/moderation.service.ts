import pg from 'pg';
import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, notFound } from '../../errors/domain-error.js';
import type { CommentStatus } from '../../generated/prisma/enums.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../identity/viewer.js';
import { checkText } from './comment.input.js';
import type { CommentService } from './comment.service.js';
import {
  autoHiddenReason,
  hideIfReportedEnough,
  insertReport,
  lockComment,
  resolveReports,
  setStatus,
} from './moderation.sql.js';

const isUniqueViolation = (error: unknown, constraint: string) =>
  error instanceof pg.DatabaseError && error.code === '23505' && error.constraint === constraint;

/** A moderator's reason: required, 3 to 1000 characters. */
const checkReason = (reason: string) => checkText(reason, 'reason', 3, 1000);

type Decision = { action: string; status: CommentStatus };

/** Reports from residents; hiding, restoring and dismissing reports by moderators, audited. */
export class ModerationService {
  constructor(
    private readonly db: Database,
    private readonly comments: CommentService,
    private readonly reportMinAccountAgeHours: number,
  ) {}

  /**
   * Reports a visible comment, once per user. The report that brings a comment to 3 open reports
   * from different users of accounts old enough (PLAC_REPORT_MIN_ACCOUNT_AGE_HOURS) hides it,
   * in the same transaction, pending a moderator's review.
   */
  async report(viewer: Viewer, id: string, reason: string) {
    const text = checkText(reason, 'reason', 3, 1000);
    const comment = await this.comments.find(id);
    if (comment.authorId === viewer.userId) {
      throw badInput('id', 'is your own comment; edit or withdraw it instead', 'COMMENT_IS_OWN');
    }
    if (comment.status !== 'VISIBLE') {
      throw badInput('id', `is ${comment.status} already`, 'COMMENT_NOT_VISIBLE', {
        status: comment.status,
      });
    }
    let hidden = false;
    try {
      await inTransaction(this.db.pool, async (client) => {
        await lockComment(client, id);
        await insertReport(client, id, viewer.userId, text);
        hidden = await hideIfReportedEnough(client, id, this.reportMinAccountAgeHours);
        if (hidden) {
          await recordAudit(client, {
            actorId: null,
            action: 'comment.autoHide',
            targetType: 'Comment',
            targetId: id,
            before: { status: 'VISIBLE', hiddenReason: null },
            after: { status: 'HIDDEN', hiddenReason: autoHiddenReason },
          });
        }
      });
    } catch (error) {
      if (isUniqueViolation(error, 'comment_report_once_per_user')) {
        const message = `You have already reported comment "${id}".`;
        throw conflict(message, 'id', 'COMMENT_ALREADY_REPORTED');
      }
      throw error;
    }
    if (hidden) await this.comments.announceUpdated([id]);
    return this.comments.find(id);
  }

  /** Hides a comment with a reason its author sees; its open reports count as reviewed. */
  hide(viewer: Viewer, id: string, reason: string) {
    return this.moderate(viewer, id, reason, { action: 'comment.hide', status: 'HIDDEN' });
  }

  /** Shows a hidden comment again and resolves its reports; a visible one is refused. */
  restore(viewer: Viewer, id: string, reason: string) {
    return this.moderate(viewer, id, reason, { action: 'comment.restore', status: 'VISIBLE' });
  }

  /** Keeps a reported, visible comment shown and resolves its reports as unfounded. */
  dismissReports(viewer: Viewer, id: string, reason: string) {
    return this.moderate(viewer, id, reason, {
      action: 'comment.dismissReports',
      status: 'VISIBLE',
    });
  }

  private async moderate(viewer: Viewer, id: string, reason: string, decision: Decision) {
    const text = checkReason(reason);
    await this.comments.find(id);
    await inTransaction(this.db.pool, async (client) => {
      const before = await lockComment(client, id);
      if (!before) throw notFound(`No comment has id "${id}".`, 'id');
      checkDecision(before.status, decision);
      const hiddenReason = decision.status === 'HIDDEN' ? text : null;
      await setStatus(client, id, decision.status, hiddenReason);
      const resolvedReports = await resolveReports(client, id);
      if (decision.action === 'comment.dismissReports' && resolvedReports === 0) {
        throw badInput('id', 'has no unresolved reports to dismiss', 'COMMENT_NOT_REPORTED');
      }
      await recordAudit(client, {
        actorId: viewer.userId,
        action: decision.action,
        targetType: 'Comment',
        targetId: id,
        before,
        after: { status: decision.status, hiddenReason, reason: text, resolvedReports },
      });
    });
    const [row] = await this.comments.announceUpdated([id]);
    return row ?? this.comments.find(id);
  }
}

/** What each decision may act on, checked under the comment's lock. */
function checkDecision(status: CommentStatus, decision: Decision) {
  if (status === 'WITHDRAWN') {
    throw badInput('id', 'was withdrawn by its author', 'COMMENT_WITHDRAWN');
  }
  if (decision.action === 'comment.restore' && status !== 'HIDDEN') {
    const problem = 'is visible; dismiss its reports instead of restoring it';
    throw badInput('id', problem, 'COMMENT_NOT_HIDDEN', { status });
  }
  if (decision.action === 'comment.dismissReports' && status !== 'VISIBLE') {
    const problem = `is ${status}; restore it to show it again`;
    throw badInput('id', problem, 'COMMENT_NOT_VISIBLE', { status });
  }
}
