import { Arg, Authorized, Ctx, Float, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
} from '../../graphql/connection.js';
import { withLazyTotal } from '../../graphql/lazy-total.js';
import { requireViewer } from '../identity/access.js';
import { AddCommentInput, CommentFilter, EditCommentInput } from './comment.input.js';
import { Comment, CommentConnection } from './comment.type.js';

@Resolver(() => Comment)
export class CommentResolver {
  @Query(() => CommentConnection, {
    description: "A consultation's remarks, oldest first; replies come through `replies`.",
  })
  async comments(
    @Ctx() { services, viewer }: Context,
    @Arg('consultationId', () => ID) consultationId: string,
    @Arg('filter', () => CommentFilter, { nullable: true }) filter: CommentFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    checkPageSize(first);
    const { rows, count } = await services.commentQueries.list(
      viewer,
      consultationId,
      filter ?? {},
      first,
      decodeCursor(after),
    );
    return withLazyTotal(toConnection(rows, first, encodeCursor), count);
  }

  @Query(() => Comment)
  comment(@Ctx() { services }: Context, @Arg('id', () => ID) id: string) {
    return services.comments.find(id);
  }

  @Query(() => [Comment], {
    description: 'Visible remarks within radiusMeters (at most 5000) of a point, nearest first.',
  })
  commentsNear(
    @Ctx() { services, viewer }: Context,
    @Arg('point', () => GeoJSONScalar) point: unknown,
    @Arg('radiusMeters', () => Float) radiusMeters: number,
    @Arg('consultationId', () => ID, { nullable: true }) consultationId: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ) {
    checkPageSize(first);
    return services.commentQueries.near(viewer, point, radiusMeters, consultationId, first);
  }

  @Authorized()
  @Query(() => [Comment], {
    description: 'Your own comments and replies, in every status, newest first.',
  })
  myComments(
    @Ctx() context: Context,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ) {
    checkPageSize(first);
    return context.services.commentQueries.mine(requireViewer(context), first);
  }

  @Authorized()
  @Mutation(() => Comment, { description: 'A remark on an open consultation, pinned to the map.' })
  addComment(@Ctx() context: Context, @Arg('input', () => AddCommentInput) input: AddCommentInput) {
    return context.services.comments.add(requireViewer(context), input);
  }

  @Authorized()
  @Mutation(() => Comment, { description: 'A reply to a remark (not to a reply).' })
  replyToComment(
    @Ctx() context: Context,
    @Arg('commentId', () => ID) commentId: string,
    @Arg('body', () => String) body: string,
  ) {
    return context.services.comments.reply(requireViewer(context), commentId, body);
  }

  @Authorized()
  @Mutation(() => Comment, { description: 'Your own comment, while the consultation is open.' })
  editComment(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => EditCommentInput) input: EditCommentInput,
  ) {
    return context.services.comments.edit(requireViewer(context), id, input);
  }

  @Authorized()
  @Mutation(() => Comment, { description: 'Withdraws your own comment.' })
  withdrawComment(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.comments.withdraw(requireViewer(context), id);
  }

  @Authorized()
  @Mutation(() => Comment, { description: "Supports someone else's comment, once." })
  supportComment(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.comments.support(requireViewer(context), id);
  }

  @Authorized()
  @Mutation(() => Comment)
  unsupportComment(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.comments.unsupport(requireViewer(context), id);
  }
}
