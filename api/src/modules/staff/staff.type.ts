import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConsultationStatus } from '../../generated/prisma/enums.js';
import { Consultation } from '../consultations/consultation.type.js';

@ObjectType()
export class ConsultationStatusCount {
  @Field(() => ConsultationStatus)
  status!: ConsultationStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A consultation whose remarks still lack an official response.' })
export class AwaitingAnswer {
  @Field(() => ID)
  consultationId!: string;

  @Field(() => Consultation)
  consultation!: Consultation;

  @Field(() => Int, { description: 'Visible top-level remarks without an official response.' })
  unanswered!: number;

  @Field(() => Int, {
    description:
      'Hidden ones without a response: the report lists them too, so publishing waits for them.',
  })
  unansweredHidden!: number;
}

@ObjectType({
  description:
    "What needs the staff now: their units' consultations (every unit for admins), remarks " +
    'awaiting an answer, and for moderators and admins the moderation queue.',
})
export class StaffOverview {
  @Field(() => [ConsultationStatusCount], {
    description: "The viewer's units' consultations per status, drafts included; every status.",
  })
  consultationsByStatus!: ConsultationStatusCount[];

  @Field(() => [AwaitingAnswer], {
    description: 'Open and closed consultations with unanswered remarks, most unanswered first.',
  })
  awaitingAnswer!: AwaitingAnswer[];

  @Field(() => Int, { description: 'Visible unanswered remarks over all of those consultations.' })
  awaitingAnswerTotal!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Comments in the moderation queue; null unless the viewer moderates.',
  })
  moderationQueueSize!: number | null;
}
