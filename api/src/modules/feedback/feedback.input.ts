import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { isUuid } from '../../db/uuid.js';
import { badInput } from '../../errors/domain-error.js';
import { CommentStance } from '../../generated/prisma/enums.js';
import '../comments/comment.type.js'; // registers CommentStance with the schema
import type { CommentQuery } from '../comments/comment-filter.sql.js';
import { FeedbackGrouping } from './feedback.type.js';

@InputType({ description: 'Which comments feedbackByArea counts; as in the comments list.' })
export class FeedbackFilter {
  @Field(() => [CommentStance], { nullable: true, description: 'Any of these stances.' })
  stance?: CommentStance[] | null;

  @Field(() => ID, { nullable: true })
  topicId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Written at or after.' })
  since?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Written before.' })
  until?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'With (true) or without an official response.',
  })
  hasResponse?: boolean | null;
}

export type FeedbackQuery = {
  by: FeedbackGrouping;
  cellMeters: number | null;
  /** The remarks counted: visible and top-level, as the comment list has them. */
  remarks: CommentQuery;
};

export const cellMetersRange = { min: 50, max: 5000 } as const;

/** The query as the SQL takes it, or a BAD_USER_INPUT naming the argument at fault. */
export function toFeedbackQuery(
  consultationId: string,
  by: FeedbackGrouping,
  cellMeters: number | null,
  filter: FeedbackFilter,
): FeedbackQuery {
  const { min, max } = cellMetersRange;
  if (by === FeedbackGrouping.GRID) {
    if (cellMeters == null) {
      throw badInput(
        'cellMeters',
        `is required for GRID (${min} to ${max})`,
        'FEEDBACK_CELL_METERS_REQUIRED',
        { min, max },
      );
    }
    if (cellMeters < min || cellMeters > max) {
      throw badInput(
        'cellMeters',
        `must be ${min} to ${max} metres; got ${cellMeters}`,
        'INPUT_OUT_OF_RANGE',
        { min, max },
      );
    }
  }
  const topicId = filter.topicId ?? null;
  if (topicId !== null && !isUuid(topicId)) {
    throw badInput('filter.topicId', `"${topicId}" is not a topic id`);
  }
  const since = filter.since ?? null;
  const until = filter.until ?? null;
  if (since && until && since >= until) throw badInput('filter.until', 'must be after since');
  return {
    by,
    cellMeters: by === FeedbackGrouping.GRID ? cellMeters : null,
    remarks: {
      consultationId,
      statuses: ['VISIBLE'],
      includeReplies: false,
      intersecting: null,
      areaId: null,
      zoneId: null,
      stances: filter.stance ?? null,
      topicId,
      since,
      until,
      hasResponse: filter.hasResponse ?? null,
    },
  };
}
