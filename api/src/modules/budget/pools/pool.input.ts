import { Field, ID, InputType } from 'type-graphql';
import { BudgetPoolKind } from '../../../generated/prisma/enums.js';
import { checkLength } from '../../../graphql/text-argument.js';

@InputType({ description: 'A pool of an edition: city-wide, or for one area.' })
export class BudgetPoolInput {
  @Field(() => ID)
  editionId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => BudgetPoolKind)
  kind!: BudgetPoolKind;

  @Field(() => ID, { nullable: true, description: 'Required for an AREA pool, refused otherwise.' })
  areaId?: string | null;

  @Field(() => ID, { description: 'The organisation unit that owns the pool.' })
  unitId!: string;

  @Field(() => String, { description: 'Integer grosze as a string, e.g. "100000000".' })
  amountGrosze!: string;
}

@InputType({ description: "A pool's name and amount, changed until the results are published." })
export class BudgetPoolUpdateInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Integer grosze as a string, e.g. "100000000".' })
  amountGrosze!: string;
}

/** The pool name, trimmed: 1 to 200 characters. */
export const checkPoolName = (value: string) => checkLength(value, 'input.name', 1, 200);
