import { Arg, ID, Resolver, Root, Subscription, type SubscriptionHandlerData } from 'type-graphql';
import type { Context } from '../../context.js';
import { topics } from '../../realtime/topics.js';
import { seesContent } from './comment.rules.js';
import type { CommentRow } from './comment.sql.js';
import { Comment } from './comment.type.js';

type Pushed = SubscriptionHandlerData<CommentRow, { consultationId: string }, Context>;
type PushedOnProject = SubscriptionHandlerData<CommentRow, { projectId: string }, Context>;

@Resolver(() => Comment)
export class CommentSubscriptionResolver {
  @Subscription(() => Comment, {
    topics: topics.commentAdded,
    // A comment that is not visible (hidden on arrival) goes only to those who may see it.
    filter: ({ payload, args, context }: Pushed) =>
      payload.consultationId === args.consultationId && seesContent(context.viewer, payload),
    description: 'Each comment or reply added to a consultation, as it is added.',
  })
  commentAdded(
    @Root() comment: CommentRow,
    @Arg('consultationId', () => ID) _consultationId: string,
  ) {
    return comment;
  }

  @Subscription(() => Comment, {
    topics: topics.commentUpdated,
    // Everyone watching learns that a remark changed (so a hidden one leaves the public map);
    // its body and geometry reach only those who may see them, through the same field rules
    // as any query, so a hidden remark's content is never pushed to the public.
    filter: ({ payload, args }: Pushed) => payload.consultationId === args.consultationId,
    description:
      'Each comment of a consultation as it stands after a change: edited, withdrawn, hidden, ' +
      'restored or answered. The body and geometry of one not visible are null to the public.',
  })
  commentUpdated(
    @Root() comment: CommentRow,
    @Arg('consultationId', () => ID) _consultationId: string,
  ) {
    return comment;
  }

  @Subscription(() => Comment, {
    topics: topics.commentAdded,
    filter: ({ payload, args, context }: PushedOnProject) =>
      payload.projectId === args.projectId && seesContent(context.viewer, payload),
    description: 'Each comment or reply added to a budget project, as it is added.',
  })
  projectCommentAdded(@Root() comment: CommentRow, @Arg('projectId', () => ID) _projectId: string) {
    return comment;
  }

  @Subscription(() => Comment, {
    topics: topics.commentUpdated,
    // As commentUpdated: the body of one not visible is null to the public.
    filter: ({ payload, args }: PushedOnProject) => payload.projectId === args.projectId,
    description:
      'Each comment of a budget project as it stands after a change: edited, withdrawn, hidden ' +
      'or restored. The body of one not visible is null to the public.',
  })
  projectCommentUpdated(
    @Root() comment: CommentRow,
    @Arg('projectId', () => ID) _projectId: string,
  ) {
    return comment;
  }
}
