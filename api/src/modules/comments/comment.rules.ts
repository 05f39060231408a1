import { isAdmin, managesUnit, type Viewer } from '../identity/viewer.js';
import type { CommentRow } from './comment.sql.js';

type Subject = Pick<CommentRow, 'authorId' | 'unitId' | 'status'>;

export const isModerator = (viewer: Viewer | null) =>
  isAdmin(viewer) || (viewer?.roles.has('MODERATOR') ?? false);

const isAuthor = (viewer: Viewer | null, c: Subject) => viewer?.userId === c.authorId;

/** Moderators, and the planners of the unit running the consultation, oversee its comments. */
export const oversees = (viewer: Viewer | null, unitId: string) =>
  isModerator(viewer) || managesUnit(viewer, unitId);

/** The body and geometry of a hidden or withdrawn comment are not for the public. */
export const seesContent = (viewer: Viewer | null, c: Subject) =>
  c.status === 'VISIBLE' || isAuthor(viewer, c) || oversees(viewer, c.unitId);

/** Why a comment was hidden: for its author and those who oversee it. */
export const seesHiddenReason = (viewer: Viewer | null, c: Subject) =>
  isAuthor(viewer, c) || oversees(viewer, c.unitId);

/**
 * Formal-remark personal data and earlier versions: the author and the organiser (the unit's
 * planners, admins). Moderators judge what is public and need neither.
 */
export const seesPrivate = (viewer: Viewer | null, c: Subject) =>
  isAuthor(viewer, c) || managesUnit(viewer, c.unitId);
