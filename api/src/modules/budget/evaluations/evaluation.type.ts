import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  BudgetEvaluationDecision,
  BudgetEvaluationStage,
} from '../../../generated/prisma/enums.js';
import { Connection } from '../../../graphql/connection.js';
import { BudgetProject } from '../projects/project.type.js';

registerEnumType(BudgetEvaluationStage, {
  name: 'BudgetEvaluationStage',
  description: 'FORMAL (the formal check) comes first; a positive one opens the MERIT evaluation.',
});
registerEnumType(BudgetEvaluationDecision, { name: 'BudgetEvaluationDecision' });

@ObjectType()
export class EvaluationChecklistItem {
  @Field(() => String, { description: 'A code the client words, e.g. CITY_LAND.' })
  item!: string;

  @Field(() => Boolean)
  met!: boolean;
}

@ObjectType({ description: "A stage of a project's verification, as its authors see it." })
export class BudgetEvaluation {
  @Field(() => ID)
  id!: string;

  @Field(() => BudgetEvaluationStage)
  stage!: BudgetEvaluationStage;

  @Field(() => [EvaluationChecklistItem])
  checklist!: EvaluationChecklistItem[];

  @Field(() => BudgetEvaluationDecision, { nullable: true, description: 'Null until decided.' })
  decision!: BudgetEvaluationDecision | null;

  @Field(() => String, { nullable: true, description: 'Public; always given for NEGATIVE.' })
  justification!: string | null;

  @Field(() => String, { nullable: true, description: 'The city unit it is assigned to.' })
  unitName!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;
}

@ObjectType({
  description: 'An evaluation with what only the staff see: its reviewer and due date.',
})
export class StaffEvaluation extends BudgetEvaluation {
  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => ID, { nullable: true })
  reviewerId!: string | null;

  @Field(() => String, { nullable: true })
  reviewerName!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  dueAt!: Date | null;

  @Field(() => Boolean, { description: 'Undecided past its due date.' })
  overdue!: boolean;
}

@ObjectType({ description: 'A project in the verification queue with its evaluations.' })
export class VerificationEntry {
  @Field(() => BudgetProject)
  project!: BudgetProject;

  @Field(() => String)
  poolName!: string;

  @Field(() => [StaffEvaluation], { description: 'FORMAL first.' })
  evaluations!: StaffEvaluation[];
}

@ObjectType()
export class VerificationEntryConnection extends Connection(VerificationEntry) {
  @Field(() => Int)
  totalCount!: number;
}

@ObjectType({ description: 'A planner an evaluation may be assigned to, with their unit.' })
export class BudgetReviewer {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  unitName!: string;
}
