import DataLoader from 'dataloader';
import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { badInput, forbidden, notFound } from '../../errors/domain-error.js';
import type { ResponseDecision } from '../../generated/prisma/enums.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../identity/viewer.js';
import { managesUnit } from '../identity/viewer.js';
import { checkCommentIds, checkJustification } from './response.input.js';
import {
  lockResponses,
  lockTargets,
  type ResponseTarget,
  upsertResponses,
} from './response.sql.js';
import type { OfficialResponse } from './response.type.js';

export type ResponseRequest = {
  commentIds: readonly string[];
  decision: ResponseDecision;
  justification: string;
};

/** Called once responses are committed, with the comments answered (to push them live). */
export type AnsweredListener = (commentIds: readonly string[]) => Promise<unknown>;

/** Official responses: planners of the organising unit answer top-level comments. */
export class ResponseService {
  constructor(
    private readonly db: Database,
    private readonly onAnswered?: AnsweredListener,
  ) {}

  /**
   * Answers every comment with the same decision and justification, all or nothing.
   * `fieldOf(i)` names the argument of the i-th id in errors (`commentId`, `commentIds[3]`).
   */
  async respond(
    viewer: Viewer,
    request: ResponseRequest,
    fieldOf: (index: number) => string,
  ): Promise<OfficialResponse[]> {
    const justification = checkJustification(request.justification);
    checkCommentIds(request.commentIds, fieldOf);
    const ids = [...new Set(request.commentIds)];
    const responses = await inTransaction(this.db.pool, async (client) => {
      const targets = await lockTargets(client, ids);
      checkTargets(viewer, request.commentIds, targets, fieldOf);
      const before = await lockResponses(client, ids);
      const after = await upsertResponses(client, ids, {
        responderId: viewer.userId,
        decision: request.decision,
        justification,
      });
      for (const id of ids) {
        await recordAudit(client, {
          actorId: viewer.userId,
          action: 'response.set',
          targetType: 'Comment',
          targetId: id,
          before: before.get(id),
          after: { decision: request.decision, justification, responderId: viewer.userId },
        });
      }
      return ids.map((id) => after.get(id) as OfficialResponse);
    });
    // The responses are saved; a failing push must not report them as failed.
    await this.onAnswered?.(ids).catch(() => undefined);
    return responses;
  }

  /** Per request: the response of each comment, or null. */
  responseLoader() {
    return new DataLoader(async (commentIds: readonly string[]) => {
      const rows = await this.db.prisma.officialResponse.findMany({
        where: { commentId: { in: [...commentIds] } },
      });
      const byComment = new Map(rows.map((row) => [row.commentId, row]));
      return commentIds.map((id) => byComment.get(id) ?? null);
    });
  }
}

// Checked in the order a planner can act on: does it exist, may I answer it, can it be answered.
function checkTargets(
  viewer: Viewer,
  ids: readonly string[],
  targets: Map<string, ResponseTarget>,
  fieldOf: (index: number) => string,
) {
  const found = ids.map((id, i) => {
    const target = targets.get(id);
    if (!target) throw notFound(`No comment has id "${id}".`, fieldOf(i));
    return target;
  });
  const consultationId = found[0]?.consultationId;
  found.forEach((target, i) => {
    if (!managesUnit(viewer, target.unitId)) {
      throw forbidden(
        'Only planners of the organising unit and admins answer its comments.',
        fieldOf(i),
      );
    }
    if (target.consultationId !== consultationId) {
      const problem = 'belongs to another consultation; answer one at a time';
      throw badInput(fieldOf(i), problem, 'RESPONSE_ACROSS_CONSULTATIONS');
    }
    if (target.parentId) {
      const problem = 'is a reply; only top-level comments get an official response';
      throw badInput(fieldOf(i), problem, 'RESPONSE_TO_REPLY');
    }
    if (target.consultationStatus === 'REPORTED') {
      const problem = `the report of consultation ${target.consultationId} is published, so its responses are final`;
      throw badInput(fieldOf(i), problem, 'RESPONSE_FINAL');
    }
  });
}
