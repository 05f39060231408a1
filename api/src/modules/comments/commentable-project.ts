import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, notFound } from '../../errors/domain-error.js';
import { selectCommentableProject } from './commentable-project.sql.js';

/** A budget project but a draft, which is not public: a draft is "not found", as if it were not. */
async function findPublicProject(db: Database, id: string, field: string) {
  const project = isUuid(id) ? await selectCommentableProject(db.pool, id) : null;
  if (!project || project.status === 'DRAFT') {
    throw notFound(`No budget project has id "${id}".`, field);
  }
  return project;
}

/**
 * A public project that takes comments now: from when it is public until its edition is
 * archived, i.e. the last phase of its schedule (IMPLEMENTATION, when it has one) has ended.
 * The comments stay readable after that.
 */
export async function findProjectOpenForComments(db: Database, id: string, field: string) {
  const project = await findPublicProject(db, id, field);
  const endedAt = project.editionEndsAt;
  if (endedAt && endedAt <= new Date()) {
    const problem = `belongs to an edition archived on ${endedAt.toISOString()}; its comments are closed`;
    throw badInput(field, problem, 'COMMENT_PROJECT_CLOSED', { endedAt: endedAt.toISOString() });
  }
  return project;
}
