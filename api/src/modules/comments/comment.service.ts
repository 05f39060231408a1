import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, conflict, forbidden, notFound } from '../../errors/domain-error.js';
import type { ConsultationService } from '../consultations/consultation.service.js';
import type { Viewer } from '../identity/viewer.js';
import { checkPlace, checkTopic } from './comment.checks.js';
import {
  type AddCommentInput,
  checkBody,
  checkFormal,
  type EditCommentInput,
} from './comment.input.js';
import { commentLoaders } from './comment.loaders.js';
import {
  archiveVersion,
  type CommentChange,
  type CommentRow,
  insertComments,
  type NewComment,
  selectCommentsByIds,
  updateComment,
} from './comment.sql.js';
import { findProjectOpenForComments } from './commentable-project.js';
import { setStatus } from './moderation.sql.js';
import { deleteSupport, insertSupport } from './support.sql.js';

/** A comment as a mutation returns it: whether its place was clipped to the consultation area. */
export type WrittenComment = CommentRow & { clippedToConsultation?: boolean };

/** Called once a change is committed, e.g. to push the comment to subscribers. */
export type CommentListeners = {
  added?(comment: CommentRow): void;
  updated?(comment: CommentRow): void;
};

/** Residents' use cases: writing, editing, withdrawing and supporting comments. */
export class CommentService {
  constructor(
    private readonly db: Database,
    private readonly consultations: ConsultationService,
    private readonly maxVertices: number,
    private readonly listeners: CommentListeners = {},
  ) {}

  loaders() {
    return commentLoaders(this.db);
  }

  async find(id: string, field = 'id'): Promise<CommentRow> {
    const row = isUuid(id) ? (await selectCommentsByIds(this.db.pool, [id]))[0] : undefined;
    if (!row) throw notFound(`No comment has id "${id}".`, field);
    return row;
  }

  async add(viewer: Viewer, input: AddCommentInput) {
    const { id: consultationId } = await this.consultations.findOpenForComments(
      viewer,
      input.consultationId,
      'input.consultationId',
    );
    const body = checkBody(input.body, 'input.body');
    const formal = checkFormal(input);
    const place = await this.placeIn(consultationId, input.geometry, 'input.geometry');
    const topicId = await checkTopic(this.db, consultationId, input.topicId, 'input.topicId');
    const row = await this.insert({
      consultationId,
      projectId: null,
      authorId: viewer.userId,
      parentId: null,
      body,
      geometry: place.geometry,
      stance: input.stance,
      topicId,
      formal,
    });
    this.announce('added', row);
    return { ...row, clippedToConsultation: place.clipped };
  }

  /** A comment on a public budget project while its edition is not archived: text only. */
  async addToProject(viewer: Viewer, projectId: string, body: string) {
    const project = await findProjectOpenForComments(this.db, projectId, 'projectId');
    const row = await this.insert({
      consultationId: null,
      projectId: project.id,
      authorId: viewer.userId,
      parentId: null,
      body: checkBody(body, 'body'),
      geometry: null,
      stance: null,
      topicId: null,
      formal: null,
    });
    this.announce('added', row);
    return row;
  }

  async reply(viewer: Viewer, commentId: string, body: string) {
    const parent = await this.find(commentId, 'commentId');
    if (parent.parentId) {
      const problem = 'is a reply; answer the comment it replies to (one level only)';
      throw badInput('commentId', problem, 'COMMENT_REPLY_TO_REPLY');
    }
    if (parent.status !== 'VISIBLE') {
      const problem = `is ${parent.status}; only visible comments take replies`;
      throw badInput('commentId', problem, 'COMMENT_NOT_VISIBLE', { status: parent.status });
    }
    await this.checkOpen(viewer, parent, 'commentId');
    const text = checkBody(body, 'body');
    const row = await this.insert({
      consultationId: parent.consultationId,
      projectId: parent.projectId,
      authorId: viewer.userId,
      parentId: parent.id,
      body: text,
      geometry: null,
      stance: null,
      topicId: null,
      formal: null,
    });
    this.announce('added', row);
    return row;
  }

  /** The author's edit while its subject is open; the text before it becomes a version. */
  async edit(viewer: Viewer, id: string, input: EditCommentInput): Promise<WrittenComment> {
    const comment = await this.findOwn(viewer, id, 'edits');
    if (comment.status === 'WITHDRAWN') {
      throw badInput('id', 'is withdrawn; it cannot be edited', 'COMMENT_WITHDRAWN');
    }
    await this.checkOpen(viewer, comment, 'id');
    const { change, clipped } = await this.checkChange(comment, input);
    await inTransaction(this.db.pool, async (client) => {
      await archiveVersion(client, id);
      await updateComment(client, id, change);
    });
    const [row] = await this.announceUpdated([id]);
    return { ...(row ?? (await this.find(id))), clippedToConsultation: clipped };
  }

  async withdraw(viewer: Viewer, id: string) {
    const comment = await this.findOwn(viewer, id, 'withdraws');
    if (comment.status === 'WITHDRAWN') return comment;
    await inTransaction(this.db.pool, (client) => setStatus(client, id, 'WITHDRAWN', null));
    const [row] = await this.announceUpdated([id]);
    return row ?? this.find(id);
  }

  /**
   * Pushes the comments as they now stand to those watching their consultations, after an
   * edit, a withdrawal, moderation or an official response. Returns the rows.
   */
  async announceUpdated(ids: readonly string[]) {
    const rows = await selectCommentsByIds(this.db.pool, ids);
    for (const row of rows) this.announce('updated', row);
    return rows;
  }

  async support(viewer: Viewer, id: string) {
    const comment = await this.findSupportable(viewer, id);
    if (!(await insertSupport(this.db.pool, id, viewer.userId))) {
      throw conflict(`You already support comment "${id}".`, 'id', 'COMMENT_ALREADY_SUPPORTED');
    }
    return comment;
  }

  async unsupport(viewer: Viewer, id: string) {
    const comment = await this.findSupportable(viewer, id);
    await deleteSupport(this.db.pool, id, viewer.userId);
    return comment;
  }

  private async findOwn(viewer: Viewer, id: string, verb: string) {
    const comment = await this.find(id);
    if (comment.authorId !== viewer.userId) {
      throw forbidden(`Only its author ${verb} a comment.`, 'id', 'COMMENT_NOT_AUTHOR');
    }
    return comment;
  }

  private async findSupportable(viewer: Viewer, id: string) {
    const comment = await this.find(id);
    if (comment.authorId === viewer.userId) {
      throw badInput('id', 'is your own comment; support comments by others', 'COMMENT_IS_OWN');
    }
    if (comment.status !== 'VISIBLE') {
      throw badInput('id', `is ${comment.status}`, 'COMMENT_NOT_VISIBLE', {
        status: comment.status,
      });
    }
    await this.checkOpen(viewer, comment, 'id');
    return comment;
  }

  /** Refuses a change while the comment's consultation or project takes no comments. */
  private async checkOpen(viewer: Viewer, comment: CommentRow, field: string) {
    if (comment.consultationId) {
      await this.consultations.findOpenForComments(viewer, comment.consultationId, field);
    } else if (comment.projectId) {
      await findProjectOpenForComments(this.db, comment.projectId, field);
    }
  }

  private async insert(comment: NewComment) {
    const [row] = await insertComments(this.db.pool, [comment]);
    return row as CommentRow;
  }

  private placeIn(consultationId: string, value: unknown, field: string) {
    return checkPlace(this.db, { consultationId, value, field, maxVertices: this.maxVertices });
  }

  private async checkChange(
    comment: CommentRow,
    input: EditCommentInput,
  ): Promise<{ change: CommentChange; clipped: boolean }> {
    const { body, geometry, stance, topicId } = input;
    if (body == null && geometry == null && stance == null && topicId == null) {
      const problem = 'change at least one of body, geometry, stance and topicId';
      throw badInput('input', problem, 'INPUT_REQUIRED');
    }
    const text = body == null ? null : checkBody(body, 'input.body');
    const { consultationId } = comment;
    if (comment.parentId || !consultationId) {
      if (geometry != null || stance != null || topicId != null) {
        const field = geometry != null ? 'geometry' : stance != null ? 'stance' : 'topicId';
        const [problem, reason] = comment.parentId
          ? (['a reply has only a body', 'COMMENT_REPLY_BODY_ONLY'] as const)
          : (['a comment on a project has only a body', 'COMMENT_PROJECT_BODY_ONLY'] as const);
        throw badInput(`input.${field}`, problem, reason);
      }
      return {
        change: { body: text, geometry: null, stance: null, topicId: null },
        clipped: false,
      };
    }
    const place =
      geometry == null ? null : await this.placeIn(consultationId, geometry, 'input.geometry');
    const change = {
      body: text,
      geometry: place?.geometry ?? null,
      stance: stance ?? null,
      topicId: await checkTopic(this.db, consultationId, topicId, 'input.topicId'),
    };
    return { change, clipped: place?.clipped ?? false };
  }

  private announce(kind: keyof CommentListeners, row: CommentRow) {
    try {
      this.listeners[kind]?.(row);
    } catch {
      // The comment is saved; a failing listener must not report the mutation as failed, or
      // the author would post it again.
    }
  }
}
