import { Ctx, Extensions, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';
import { BudgetProject } from '../budget/projects/project.type.js';
import { Consultation, Topic } from '../consultations/consultation.type.js';
import { User } from '../identity/identity.types.js';
import { oversees, seesContent, seesHiddenReason, seesPrivate } from './comment.rules.js';
import type { CommentRow } from './comment.sql.js';
import { Comment, CommentVersion, FormalRemark } from './comment.type.js';

/** A comment's relations (through the request's loaders) and its guarded fields. */
@Resolver(() => Comment)
export class CommentFieldsResolver {
  @FieldResolver(() => Consultation, {
    nullable: true,
    description: 'The consultation it is on; null for a comment on a budget project.',
  })
  consultation(@Root() comment: CommentRow, @Ctx() { loaders }: Context) {
    return comment.consultationId ? loaders.commentConsultation.load(comment.consultationId) : null;
  }

  @FieldResolver(() => BudgetProject, {
    nullable: true,
    description: 'The budget project it is on; null for a comment on a consultation.',
  })
  project(@Root() comment: CommentRow, @Ctx() { loaders }: Context) {
    return comment.projectId ? loaders.commentProject.load(comment.projectId) : null;
  }

  @FieldResolver(() => User)
  author(@Root() comment: CommentRow, @Ctx() { loaders }: Context) {
    return loaders.user.load(comment.authorId);
  }

  @FieldResolver(() => Comment, { nullable: true, description: 'The comment this replies to.' })
  parent(@Root() comment: CommentRow, @Ctx() { loaders }: Context) {
    return comment.parentId ? loaders.commentById.load(comment.parentId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Plain text; null to the public when hidden or withdrawn.',
  })
  body(@Root() comment: CommentRow, @Ctx() { viewer }: Context) {
    return seesContent(viewer, comment) ? comment.body : null;
  }

  @FieldResolver(() => GeoJSONScalar, {
    nullable: true,
    description: 'A Point, LineString or Polygon; null for replies, and to the public when hidden.',
  })
  geometry(@Root() comment: CommentRow, @Ctx() { viewer }: Context) {
    return seesContent(viewer, comment) ? comment.geometry : null;
  }

  @FieldResolver(() => Topic, { nullable: true })
  topic(@Root() comment: CommentRow, @Ctx() { loaders }: Context) {
    return comment.topicId ? loaders.commentTopic.load(comment.topicId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why it was hidden: for its author, moderators and the unit planners.',
  })
  hiddenReason(@Root() comment: CommentRow, @Ctx() { viewer }: Context) {
    return seesHiddenReason(viewer, comment) ? comment.hiddenReason : null;
  }

  @FieldResolver(() => [CommentVersion], {
    nullable: true,
    description: 'Earlier versions, oldest first: for the author and the unit planners.',
  })
  versions(@Root() comment: CommentRow, @Ctx() { viewer, loaders }: Context) {
    return seesPrivate(viewer, comment) ? loaders.commentVersions.load(comment.id) : null;
  }

  @FieldResolver(() => [Comment], { description: 'Replies, oldest first.' })
  @Extensions({ listSize: 50 })
  async replies(@Root() comment: CommentRow, @Ctx() { viewer, loaders }: Context) {
    const replies = await loaders.commentReplies.load(comment.id);
    return replies.filter((reply) => seesContent(viewer, reply));
  }

  @FieldResolver(() => Int)
  async supportCount(@Root() comment: CommentRow, @Ctx() { viewer, loaders }: Context) {
    const key = { commentId: comment.id, userId: viewer?.userId ?? null };
    return (await loaders.commentSupport.load(key)).count;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you support it.' })
  async supportedByMe(@Root() comment: CommentRow, @Ctx() { viewer, loaders }: Context) {
    if (!viewer) return false;
    const key = { commentId: comment.id, userId: viewer.userId };
    return (await loaders.commentSupport.load(key)).mine;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Open reports: for moderators and the unit planners.',
  })
  reportCount(@Root() comment: CommentRow, @Ctx() { viewer, loaders }: Context) {
    return oversees(viewer, comment.unitId) ? loaders.commentReportCount.load(comment.id) : null;
  }

  @FieldResolver(() => FormalRemark, {
    nullable: true,
    description: "A formal remark's personal data: for its author, the unit planners and admins.",
  })
  formal(@Root() c: CommentRow, @Ctx() { viewer }: Context): FormalRemark | null {
    if (!c.formalRemark || !seesPrivate(viewer, c)) return null;
    return {
      name: c.formalName ?? '',
      address: c.formalAddress ?? '',
      propertyRight: c.propertyRight ?? 'NONE',
      parcels: c.parcels ?? [],
    };
  }
}
