import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { BudgetEvaluationDecision, BudgetProjectStatus } from '../../../generated/prisma/enums.js';

@InputType()
export class ChecklistItemInput {
  @Field(() => String)
  item!: string;

  @Field(() => Boolean)
  met!: boolean;
}

@InputType({ description: "The decision on a project's open evaluation." })
export class EvaluationDecisionInput {
  @Field(() => [ChecklistItemInput], { description: 'Items left out stay unmet.' })
  checklist!: ChecklistItemInput[];

  @Field(() => BudgetEvaluationDecision)
  decision!: BudgetEvaluationDecision;

  @Field(() => String, { nullable: true, description: 'Public; required for NEGATIVE.' })
  justification?: string | null;
}

@InputType({ description: 'Who evaluates, by when; null clears.' })
export class EvaluationAssignmentInput {
  @Field(() => ID, { nullable: true, description: 'A city department or district office.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A planner.' })
  reviewerId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  dueAt?: Date | null;
}

@InputType()
export class VerificationQueueFilter {
  @Field(() => [BudgetProjectStatus], {
    nullable: true,
    description: 'SUBMITTED and IN_VERIFICATION unless given.',
  })
  statuses?: BudgetProjectStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'A district (its pool) or the city-wide pool.' })
  poolId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The reviewer of the open evaluation.' })
  reviewerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only undecided past their due date.' })
  overdue?: boolean | null;
}
