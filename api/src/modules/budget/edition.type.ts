import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  BudgetCompletion,
  BudgetPhase,
  BudgetPoolKind,
  BudgetRule,
} from '../../generated/prisma/enums.js';
import { Money } from './money.js';

registerEnumType(BudgetPhase, {
  name: 'BudgetPhase',
  description: 'Each action is allowed only in its phase (ballots only during VOTING).',
});
registerEnumType(BudgetRule, { name: 'BudgetRule' });
registerEnumType(BudgetCompletion, { name: 'BudgetCompletion' });
registerEnumType(BudgetPoolKind, { name: 'BudgetPoolKind' });

@ObjectType()
export class BudgetPhasePeriod {
  @Field(() => BudgetPhase)
  phase!: BudgetPhase;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;
}

@ObjectType({ description: 'A pool of money: city-wide, or for one area.' })
export class BudgetPool {
  @Field(() => ID)
  id!: string;

  @Field(() => BudgetPoolKind)
  kind!: BudgetPoolKind;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  areaId!: string | null;

  @Field(() => ID, { description: 'The organisation unit that owns the pool.' })
  unitId!: string;

  @Field(() => Money)
  amount!: Money;
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

  @Field(() => [BudgetPhasePeriod])
  phases!: BudgetPhasePeriod[];

  @Field(() => BudgetPhase, { nullable: true, description: 'The phase now, if any.' })
  currentPhase!: BudgetPhase | null;

  @Field(() => [BudgetPool])
  pools!: BudgetPool[];
}
