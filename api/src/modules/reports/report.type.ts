import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { CommentStance, ResponseDecision } from '../../generated/prisma/enums.js';
import { FormalRemark } from '../comments/comment.type.js';
import { Consultation, Meeting } from '../consultations/consultation.type.js';
import { StanceCounts, TopicCount } from '../feedback/feedback.type.js';
import '../responses/response.type.js'; // registers ResponseDecision

@ObjectType({ description: 'A remark as the report lists it, with its official response.' })
export class ReportRemark {
  @Field(() => Int, { description: 'Its number in the report, in the order remarks came in.' })
  number!: number;

  @Field(() => ID)
  commentId!: string;

  @Field(() => GraphQLISODateTime)
  submittedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Null when the remark is hidden by moderation and the viewer is not the organiser: the ' +
      'report still lists it (and its response), its text withheld.',
  })
  body!: string | null;

  @Field(() => Boolean, { description: 'Hidden by moderation; listed all the same.' })
  hidden!: boolean;

  @Field(() => CommentStance)
  stance!: CommentStance;

  @Field(() => String, { nullable: true, description: 'The topic’s name.' })
  topic!: string | null;

  @Field(() => String, { nullable: true, description: 'The plan zone’s symbol.' })
  zone!: string | null;

  @Field(() => String, { nullable: true })
  district!: string | null;

  @Field(() => Boolean, { description: 'A formal remark under art. 8g of the planning act.' })
  formalRemark!: boolean;

  @Field(() => [String], { description: 'The cadastral parcels a formal remark concerns.' })
  parcels!: string[];

  @Field(() => FormalRemark, {
    nullable: true,
    description:
      'The author’s name, address and right to the property: for planners of the organising ' +
      'unit and admins only; null for everyone else and for informal remarks.',
  })
  formal!: FormalRemark | null;

  @Field(() => ResponseDecision, { nullable: true, description: 'Null while unanswered.' })
  decision!: ResponseDecision | null;

  @Field(() => String, { nullable: true })
  justification!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  respondedAt!: Date | null;
}

@ObjectType({ description: 'The remarks whose representative point lies in one district.' })
export class ReportDistrict {
  @Field(() => String, { nullable: true, description: 'Null: outside every district.' })
  name!: string | null;

  @Field(() => [ReportRemark])
  remarks!: ReportRemark[];
}

@ObjectType()
export class DistrictCount {
  @Field(() => String, { nullable: true, description: 'Null: outside every district.' })
  name!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class DecisionCount {
  @Field(() => ResponseDecision, { nullable: true, description: 'Null: not answered yet.' })
  decision!: ResponseDecision | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'The report on a consultation (art. 8k of the planning act): every top-level remark not ' +
    'withdrawn, hidden ones included (their text withheld from the public), with its decision and justification, grouped by district, with counts and the meetings ' +
    'held. Each remark belongs to one district, the one holding its representative point ' +
    '(ST_PointOnSurface), so the district counts add up to the total.',
})
export class ConsultationReport {
  @Field(() => Consultation)
  consultation!: Consultation;

  @Field(() => Boolean, {
    description: 'False: a draft, seen by planners of the organising unit and admins only.',
  })
  published!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Int)
  totalRemarks!: number;

  @Field(() => Int)
  answeredRemarks!: number;

  @Field(() => StanceCounts)
  byStance!: StanceCounts;

  @Field(() => [TopicCount], { description: 'Most frequent first.' })
  byTopic!: TopicCount[];

  @Field(() => [DistrictCount], { description: 'Most frequent first.' })
  byDistrict!: DistrictCount[];

  @Field(() => [DecisionCount], { description: 'Most frequent first.' })
  byDecision!: DecisionCount[];

  @Field(() => [Meeting], { description: 'Meetings that began before the report (or now).' })
  meetings!: Meeting[];

  @Field(() => [ReportDistrict], { description: 'By district name; remarks outside last.' })
  districts!: ReportDistrict[];

  /** For the printable page, which has no field resolvers to fetch it. */
  unitName!: string;
}
