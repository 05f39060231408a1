import { Field, InputType } from 'type-graphql';
import { PlanKind, PlanStage } from '../../generated/prisma/enums.js';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';
import { checkLength } from '../../graphql/text-argument.js';
import { PlanCrs } from './plan.crs.js';

@InputType({ description: 'A plan to import: what it is, and its zones as GeoJSON.' })
export class PlanImportInput {
  @Field(() => PlanKind)
  kind!: PlanKind;

  @Field(() => String, { description: '3 to 300 characters.' })
  name!: string;

  @Field(() => PlanStage)
  stage!: PlanStage;

  @Field(() => String, { nullable: true, description: '"1" unless given.' })
  version?: string | null;

  @Field(() => PlanCrs, { defaultValue: PlanCrs.EPSG_4326 })
  crs!: PlanCrs;

  @Field(() => GeoJSONScalar, {
    description:
      'A FeatureCollection, one Feature per zone: a Polygon or MultiPolygon in `crs`, with ' +
      'properties symbol, designationCode, designationName and optional parameters ' +
      '(an object of key → number or text, or an array of {key, value, unit}). A position ' +
      'may carry an altitude, as GIS exports do; it is dropped, since zones are flat.',
  })
  features!: unknown;
}

/** The plan's own fields, trimmed and checked. */
export function checkPlanFields(input: Pick<PlanImportInput, 'name' | 'version'>) {
  return {
    name: checkLength(input.name, 'input.name', 3, 300),
    version: checkLength(input.version ?? '1', 'input.version', 1, 50),
  };
}
