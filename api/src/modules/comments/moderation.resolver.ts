import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
} from '../../graphql/connection.js';
import { requireViewer } from '../identity/access.js';
import { Comment, CommentConnection } from './comment.type.js';
import {
  HiddenCommentsFilter,
  ModerationFilter,
  ModerationOrder,
  ModerationQueue,
} from './moderation.type.js';
import { decodeQueueCursor, encodeQueueCursor } from './moderation-cursor.js';

@Resolver()
export class ModerationResolver {
  @Authorized('MODERATOR')
  @Query(() => ModerationQueue, {
    description:
      'Comments with open reports or hidden automatically, for moderators and admins; longest ' +
      'waiting first unless `order` says otherwise.',
  })
  async moderationQueue(
    @Ctx() { services }: Context,
    @Arg('filter', () => ModerationFilter, { nullable: true }) filter: ModerationFilter | null,
    @Arg('order', () => ModerationOrder, { defaultValue: ModerationOrder.LONGEST_WAITING })
    order: ModerationOrder,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    checkPageSize(first);
    const { items, totalCount } = await services.moderationQueue.queue(
      filter ?? {},
      order,
      first,
      decodeQueueCursor(after),
    );
    const cursorOf = (item: (typeof items)[number]) =>
      encodeQueueCursor({
        reports: item.reportCount,
        since: item.waitingSince,
        id: item.comment.id,
      });
    return { ...toConnection(items, first, cursorOf), totalCount };
  }

  @Authorized('MODERATOR')
  @Query(() => CommentConnection, {
    description: 'Hidden comments, newest first, for moderators and admins: searchable by text.',
  })
  async hiddenComments(
    @Ctx() { services }: Context,
    @Arg('filter', () => HiddenCommentsFilter, { nullable: true })
    filter: HiddenCommentsFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    checkPageSize(first);
    const { rows, totalCount } = await services.moderationQueue.hidden(
      filter ?? {},
      first,
      decodeCursor(after),
    );
    return { ...toConnection(rows, first, encodeCursor), totalCount };
  }

  @Authorized()
  @Mutation(() => Comment, {
    description: 'Reports a comment to moderators, once; 3 reports hide it pending review.',
  })
  reportComment(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ) {
    return context.services.moderation.report(requireViewer(context), id, reason);
  }

  @Authorized('MODERATOR')
  @Mutation(() => Comment, {
    description: 'Hides a comment with a reason (3 to 1000 characters) its author sees. Audited.',
  })
  hideComment(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ) {
    return context.services.moderation.hide(requireViewer(context), id, reason);
  }

  @Authorized('MODERATOR')
  @Mutation(() => Comment, {
    description:
      'Shows a hidden comment again and resolves its reports, with a reason (3 to 1000 ' +
      'characters). A visible one is refused (COMMENT_NOT_HIDDEN). Audited.',
  })
  restoreComment(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ) {
    return context.services.moderation.restore(requireViewer(context), id, reason);
  }

  @Authorized('MODERATOR')
  @Mutation(() => Comment, {
    description:
      'Keeps a reported comment visible and resolves its reports as unfounded, with a reason ' +
      '(3 to 1000 characters). Audited.',
  })
  dismissCommentReports(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ) {
    return context.services.moderation.dismissReports(requireViewer(context), id, reason);
  }
}
