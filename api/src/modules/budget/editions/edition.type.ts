import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BudgetCompletion, BudgetPhase, BudgetRule } from '../../../generated/prisma/enums.js';
import { BudgetPool } from '../pools/pool.type.js';

registerEnumType(BudgetPhase, {
  name: 'BudgetPhase',
  description: 'Each action is allowed only in its phase (ballots only during VOTING).',
});
registerEnumType(BudgetRule, { name: 'BudgetRule' });
registerEnumType(BudgetCompletion, { name: 'BudgetCompletion' });

@ObjectType()
export class BudgetPhasePeriod {
  @Field(() => BudgetPhase)
  phase!: BudgetPhase;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;
}

@ObjectType({ description: 'One year of the participatory budget, with its rules.' })
export class BudgetEdition {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  title!: string;

  @Field(() => BudgetRule)
  rule!: BudgetRule;

  @Field(() => BudgetCompletion, { nullable: true })
  completion!: BudgetCompletion | null;

  @Field(() => Int, { description: 'Most projects one ballot may approve in its district pool.' })
  areaMaxApprovals!: number;

  @Field(() => Int, { description: 'Most projects one ballot may approve city-wide.' })
  citywideMaxApprovals!: number;

  @Field(() => Int)
  areaMinVotes!: number;

  @Field(() => Int)
  citywideMinVotes!: number;

  @Field(() => Int)
  minAge!: number;

  @Field(() => Boolean)
  ballotChangeable!: boolean;

  @Field(() => Boolean, {
    description: 'Any signed-in resident may propose projects; otherwise verified residents only.',
  })
  proposalsOpenToAll!: boolean;

  @Field(() => [BudgetPhasePeriod])
  phases!: BudgetPhasePeriod[];

  @Field(() => BudgetPhase, { nullable: true, description: 'The phase now, if any.' })
  currentPhase!: BudgetPhase | null;

  @Field(() => [BudgetPool])
  pools!: BudgetPool[];
}
