import { Arg, ID, Resolver, Root, Subscription, type SubscriptionHandlerData } from 'type-graphql';
import type { Context } from '../../context.js';
import { topics } from '../../realtime/topics.js';
import { seesContent } from './comment.rules.js';
import type { CommentRow } from './comment.sql.js';
import { Comment } from './comment.type.js';

type Added = SubscriptionHandlerData<CommentRow, { consultationId: string }, Context>;

@Resolver(() => Comment)
export class CommentSubscriptionResolver {
  @Subscription(() => Comment, {
    topics: topics.commentAdded,
    // A comment that is not visible (hidden on arrival) goes only to those who may see it.
    filter: ({ payload, args, context }: Added) =>
      payload.consultationId === args.consultationId && seesContent(context.viewer, payload),
    description: 'Each comment or reply added to a consultation, as it is added.',
  })
  commentAdded(
    @Root() comment: CommentRow,
    @Arg('consultationId', () => ID) _consultationId: string,
  ) {
    return comment;
  }
}
