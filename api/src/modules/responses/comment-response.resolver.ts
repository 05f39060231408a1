import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { seesContent } from '../comments/comment.rules.js';
import type { CommentRow } from '../comments/comment.sql.js';
import { Comment } from '../comments/comment.type.js';
import { OfficialResponse } from './response.type.js';

/** The official response on the comments' type; registered after the comments' resolvers. */
@Resolver(() => Comment)
export class CommentResponseResolver {
  @FieldResolver(() => OfficialResponse, {
    nullable: true,
    description:
      'The organising unit’s official response; null until answered, for replies, and for the ' +
      'public while the comment is hidden or withdrawn.',
  })
  response(@Root() comment: CommentRow, @Ctx() { loaders, viewer }: Context) {
    if (comment.parentId || !seesContent(viewer, comment)) return null;
    return loaders.officialResponse.load(comment.id);
  }
}
