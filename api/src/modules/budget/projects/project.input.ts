import { Field, InputType } from 'type-graphql';
import { badInput } from '../../../errors/domain-error.js';
import { GeoJSONScalar } from '../../../geo/geojson.scalar.js';
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

export function checkTitle(value: string, field: string) {
  const title = value.trim();
  if (title.length < 1 || title.length > 300) throw badInput(field, 'must be 1 to 300 characters');
  return title;
}

/** Itemised cost lines, each named and priced, adding up to the project's cost exactly. */
export function checkCostLines(lines: CostLineInput[], cost: bigint) {
  const checked = lines.map((line, i) => {
    const item = line.item.trim();
    if (item.length < 1 || item.length > 300) {
      throw badInput(`input.costLines[${i}].item`, 'must be 1 to 300 characters');
    }
    return { item, grosze: parseGrosze(line.amountGrosze, `input.costLines[${i}].amountGrosze`) };
  });
  const total = checked.reduce((sum, line) => sum + line.grosze, 0n);
  if (checked.length > 0 && total !== cost) {
    throw badInput('input.costLines', `add up to ${total} grosze, not the cost of ${cost}`);
  }
  return checked.map((line) => ({ item: line.item, grosze: line.grosze.toString() }));
}
