import pg from 'pg';
import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, conflict, notFound } from '../../errors/domain-error.js';
import type { CommentStatus } from '../../generated/prisma/enums.js';
import type { Keyset } from '../../graphql/connection.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../identity/viewer.js';
import { checkText } from './comment.input.js';
import type { CommentService } from './comment.service.js';
import {
  autoHiddenReason,
  countQueue,
  hideIfReportedEnough,
  insertReport,
  lockComment,
  resolveReports,
  selectQueue,
  setStatus,
} from './moderation.sql.js';

const isUniqueViolation = (error: unknown, constraint: string) =>
  error instanceof pg.DatabaseError && error.code === '23505' && error.constraint === constraint;

/** Reports from residents; hiding and restoring by moderators, audited. */
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
    try {
      await inTransaction(this.db.pool, async (client) => {
        await lockComment(client, id);
        await insertReport(client, id, viewer.userId, text);
        if (await hideIfReportedEnough(client, id, this.reportMinAccountAgeHours)) {
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
    return this.comments.find(id);
  }

  /** Hides a comment with a reason its author sees; its open reports count as reviewed. */
  hide(viewer: Viewer, id: string, reason: string) {
    return this.moderate(viewer, id, reason, 'HIDDEN');
  }

  /** Shows a hidden (or reported) comment again and resolves its reports. */
  restore(viewer: Viewer, id: string, reason: string) {
    return this.moderate(viewer, id, reason, 'VISIBLE');
  }

  async queue(first: number, after: Keyset | null) {
    const [items, totalCount] = await Promise.all([
      selectQueue(this.db.pool, first, after),
      countQueue(this.db.pool),
    ]);
    return { items, totalCount };
  }

  private async moderate(viewer: Viewer, id: string, reason: string, status: CommentStatus) {
    const text = checkText(reason, 'reason', 3, 1000);
    await this.comments.find(id);
    await inTransaction(this.db.pool, async (client) => {
      const before = await lockComment(client, id);
      if (!before) throw notFound(`No comment has id "${id}".`, 'id');
      if (before.status === 'WITHDRAWN') {
        throw badInput('id', 'was withdrawn by its author', 'COMMENT_WITHDRAWN');
      }
      const hiddenReason = status === 'HIDDEN' ? text : null;
      await setStatus(client, id, status, hiddenReason);
      const resolvedReports = await resolveReports(client, id);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: status === 'HIDDEN' ? 'comment.hide' : 'comment.restore',
        targetType: 'Comment',
        targetId: id,
        before,
        after: { status, hiddenReason, reason: text, resolvedReports },
      });
    });
    return this.comments.find(id);
  }
}
