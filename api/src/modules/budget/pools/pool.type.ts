import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BudgetPoolKind } from '../../../generated/prisma/enums.js';
import { Money } from '../money.js';

registerEnumType(BudgetPoolKind, { name: 'BudgetPoolKind' });

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
