import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
} from '../../graphql/connection.js';
import { requireViewer } from '../identity/access.js';
import { Comment, ModerationQueue } from './comment.type.js';

@Resolver()
export class ModerationResolver {
  @Authorized('MODERATOR')
  @Query(() => ModerationQueue, {
    description: 'Comments with open reports or hidden automatically, longest waiting first.',
  })
  async moderationQueue(
    @Ctx() { services }: Context,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    checkPageSize(first);
    const { items, totalCount } = await services.moderation.queue(first, decodeCursor(after));
    const cursorOf = (item: (typeof items)[number]) =>
      encodeCursor({ createdAt: item.waitingSince, id: item.comment.id });
    return { ...toConnection(items, first, cursorOf), totalCount };
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
  @Mutation(() => Comment, { description: 'Hides a comment; its author sees the reason.' })
  hideComment(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ) {
    return context.services.moderation.hide(requireViewer(context), id, reason);
  }

  @Authorized('MODERATOR')
  @Mutation(() => Comment, { description: 'Shows a comment again and resolves its reports.' })
  restoreComment(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ) {
    return context.services.moderation.restore(requireViewer(context), id, reason);
  }
}
