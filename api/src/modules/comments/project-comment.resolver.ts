import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
} from '../../graphql/connection.js';
import { withLazyTotal } from '../../graphql/lazy-total.js';
import { BudgetProject } from '../budget/projects/project.type.js';
import { requireViewer } from '../identity/access.js';
import { Comment, CommentConnection } from './comment.type.js';

/** Comments on budget projects: the same comments as a consultation's, text only. */
@Resolver(() => BudgetProject)
export class ProjectCommentResolver {
  @FieldResolver(() => CommentConnection, {
    description: "The project's visible comments, oldest first; replies come through `replies`.",
  })
  async comments(
    @Root() project: BudgetProject,
    @Ctx() { services }: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    checkPageSize(first);
    const { rows, count } = await services.commentQueries.ofProject(
      project.id,
      first,
      decodeCursor(after),
    );
    return withLazyTotal(toConnection(rows, first, encodeCursor), count);
  }

  @Authorized()
  @Mutation(() => Comment, {
    description:
      'A comment on a public budget project (not a draft) until its edition is archived: text ' +
      'only. Replies, edits, supports, reports and moderation take the comment id, as for ' +
      'consultations.',
  })
  addProjectComment(
    @Ctx() context: Context,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('body', () => String) body: string,
  ) {
    return context.services.comments.addToProject(requireViewer(context), projectId, body);
  }
}
