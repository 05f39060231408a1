import { Field, ObjectType } from 'type-graphql';
import { BudgetAppeal } from '../appeals/appeal.type.js';
import { BudgetEvaluation } from '../evaluations/evaluation.type.js';
import { BudgetProject } from '../projects/project.type.js';

@ObjectType({ description: 'A project you author or co-author, with how its verification went.' })
export class MyBudgetProject {
  @Field(() => BudgetProject)
  project!: BudgetProject;

  @Field(() => String, { description: 'AUTHOR or COAUTHOR.' })
  role!: string;

  @Field(() => String)
  editionTitle!: string;

  @Field(() => String)
  poolName!: string;

  @Field(() => [BudgetEvaluation], { description: 'FORMAL first; as decided so far.' })
  evaluations!: BudgetEvaluation[];

  @Field(() => BudgetAppeal, { nullable: true })
  appeal!: BudgetAppeal | null;

  @Field(() => Boolean, {
    description:
      'Whether you may appeal now: REJECTED after an evaluation, not appealed, in APPEALS.',
  })
  appealable!: boolean;
}
