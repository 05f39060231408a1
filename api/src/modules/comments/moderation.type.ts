import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { Comment } from './comment.type.js';

/** The moderation queue's orders. */
export enum ModerationOrder {
  LONGEST_WAITING = 'LONGEST_WAITING',
  NEWEST = 'NEWEST',
  MOST_REPORTED = 'MOST_REPORTED',
}

/** Which comments of the queue: reported ones still shown, or those hidden pending review. */
export enum ModerationState {
  REPORTED = 'REPORTED',
  AUTO_HIDDEN = 'AUTO_HIDDEN',
}

registerEnumType(ModerationOrder, {
  name: 'ModerationOrder',
  valuesConfig: {
    LONGEST_WAITING: { description: 'Oldest unresolved report first (the default).' },
    NEWEST: { description: 'Newest first report first.' },
    MOST_REPORTED: { description: 'Most unresolved reports first, then longest waiting.' },
  },
});
/** What a comment is written on: a consultation (a remark) or a budget project. */
export enum CommentSubject {
  CONSULTATION = 'CONSULTATION',
  BUDGET_PROJECT = 'BUDGET_PROJECT',
}

registerEnumType(CommentSubject, {
  name: 'CommentSubject',
  valuesConfig: {
    CONSULTATION: { description: 'Remarks on consultations.' },
    BUDGET_PROJECT: { description: 'Comments on budget projects.' },
  },
});
registerEnumType(ModerationState, {
  name: 'ModerationState',
  valuesConfig: {
    REPORTED: { description: 'Reported and still visible.' },
    AUTO_HIDDEN: { description: 'Hidden automatically after 3 reports, awaiting review.' },
  },
});

@ObjectType({
  description: 'A report of a comment, not yet resolved by a moderator. Its reporter is not shown.',
})
export class CommentReport {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'What the author of a comment in the queue has written before.' })
export class AuthorHistory {
  @Field(() => Int, { description: 'Remarks and replies they wrote, this one included.' })
  comments!: number;

  @Field(() => Int, { description: 'Of those, how many others are hidden now.' })
  hiddenComments!: number;
}

@ObjectType({ description: 'A comment awaiting a moderator: reported, or hidden automatically.' })
export class ModerationItem {
  @Field(() => Comment)
  comment!: Comment;

  @Field(() => [CommentReport], {
    description: 'Its unresolved reports, oldest first; at most the first 20 (see reportCount).',
  })
  reports!: CommentReport[];

  @Field(() => Int, { description: 'How many unresolved reports (one per reporter) it has.' })
  reportCount!: number;

  @Field(() => AuthorHistory)
  authorHistory!: AuthorHistory;

  @Field(() => Boolean, { description: 'Hidden automatically after 3 reports.' })
  autoHidden!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When its oldest unresolved report came in.' })
  waitingSince!: Date;
}

@ObjectType()
export class ModerationQueue extends Connection(ModerationItem) {
  @Field(() => Int, { description: 'How many comments match, across all pages.' })
  totalCount!: number;
}

@InputType({ description: 'Narrows the moderation queue; every field is optional.' })
export class ModerationFilter {
  @Field(() => ID, { nullable: true })
  consultationId?: string | null;

  @Field(() => ModerationState, { nullable: true })
  state?: ModerationState | null;

  @Field(() => CommentSubject, { nullable: true, description: 'Remarks, or project comments.' })
  subject?: CommentSubject | null;
}

@InputType({ description: 'Narrows the list of hidden comments; every field is optional.' })
export class HiddenCommentsFilter {
  @Field(() => ID, { nullable: true })
  consultationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words the body contains, case-insensitive; 2 to 100 characters.',
  })
  search?: string | null;
}
