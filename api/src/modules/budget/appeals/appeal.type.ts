import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BudgetAppealDecision } from '../../../generated/prisma/enums.js';
import { BudgetEvaluation } from '../evaluations/evaluation.type.js';
import { BudgetProject } from '../projects/project.type.js';

registerEnumType(BudgetAppealDecision, {
  name: 'BudgetAppealDecision',
  description:
    'REINSTATED accepts the project (back on the list and the ballot); DISMISSED is final.',
});

@ObjectType({ description: "An author's appeal of a negative evaluation." })
export class BudgetAppeal {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => String)
  text!: string;

  @Field(() => BudgetAppealDecision, { nullable: true, description: 'Null until decided.' })
  decision!: BudgetAppealDecision | null;

  @Field(() => String, { nullable: true })
  justification!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;

  fileIds!: string[];
}

@ObjectType({ description: 'An appeal in the office list, with what it appeals.' })
export class AppealEntry {
  @Field(() => BudgetAppeal)
  appeal!: BudgetAppeal;

  @Field(() => BudgetProject)
  project!: BudgetProject;

  @Field(() => String)
  poolName!: string;

  @Field(() => BudgetEvaluation, { description: 'The negative evaluation appealed.' })
  evaluation!: BudgetEvaluation;
}
