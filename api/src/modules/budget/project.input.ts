import { Field, InputType } from 'type-graphql';
import { badInput } from '../../errors/domain-error.js';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';

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
}

export function checkTitle(value: string, field: string) {
  const title = value.trim();
  if (title.length < 1 || title.length > 300) throw badInput(field, 'must be 1 to 300 characters');
  return title;
}
