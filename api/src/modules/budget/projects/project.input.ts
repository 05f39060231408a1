import { Field, InputType } from 'type-graphql';
import { badInput } from '../../../errors/domain-error.js';
import { GeoJSONScalar } from '../../../geo/geojson.scalar.js';
import { checkLength } from '../../../graphql/text-argument.js';
import { parseGrosze } from '../money.js';

@InputType({ description: "One item of a project's itemised cost." })
export class CostLineInput {
  @Field(() => String, { description: 'What the money buys, e.g. "Ławki (10 szt.)".' })
  item!: string;

  @Field(() => String, { description: 'Integer grosze as a string.' })
  amountGrosze!: string;
}

@InputType({ description: 'A project to add to a pool.' })
export class BudgetProjectInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  categories?: string[] | null;

  @Field(() => [String], { nullable: true })
  targetGroups?: string[] | null;

  @Field(() => String, { description: 'Integer grosze as a string, e.g. "12345600".' })
  costGrosze!: string;

  @Field(() => [GeoJSONScalar], {
    nullable: true,
    description: 'Points, LineStrings or Polygons inside the pool area; none for a programme.',
  })
  locations?: unknown[] | null;

  @Field(() => [CostLineInput], {
    nullable: true,
    description: 'The itemised cost; when given, the lines add up to costGrosze exactly.',
  })
  costLines?: CostLineInput[] | null;
}

export const checkTitle = (value: string, field: string) => checkLength(value, field, 1, 300);

/** Itemised cost lines, each named and priced, adding up to the project's cost exactly. */
export function checkCostLines(lines: CostLineInput[], cost: bigint) {
  const checked = lines.map((line, i) => {
    const item = checkLength(line.item, `input.costLines[${i}].item`, 1, 300);
    return { item, grosze: parseGrosze(line.amountGrosze, `input.costLines[${i}].amountGrosze`) };
  });
  const total = checked.reduce((sum, line) => sum + line.grosze, 0n);
  if (checked.length > 0 && total !== cost) {
    throw badInput(
      'input.costLines',
      `add up to ${total} grosze, not the cost of ${cost}`,
      'PROJECT_COST_LINES_MISMATCH',
      { total: total.toString(), cost: cost.toString() },
    );
  }
  return checked.map((line) => ({ item: line.item, grosze: line.grosze.toString() }));
}
