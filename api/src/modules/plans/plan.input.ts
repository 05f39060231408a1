import { Field, ID, InputType } from 'type-graphql';
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
    nullable: true,
    description:
      'A FeatureCollection, one Feature per zone: a Polygon or MultiPolygon in `crs`, with ' +
      'properties symbol, designationCode, designationName and optional parameters ' +
      '(an object of key → number or text, or an array of {key, value, unit}). A position ' +
      'may carry an altitude, as GIS exports do; it is dropped, since zones are flat. ' +
      'Give the zones once: as features, fileId or text.',
  })
  features?: unknown;

  @Field(() => ID, { nullable: true, description: 'A GeoJSON file you uploaded to POST /files.' })
  fileId?: string | null;

  @Field(() => String, { nullable: true, description: "The GeoJSON file's text." })
  text?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The plan of the consultation this import replaces as its new version; by default the ' +
      'one of the same name, if any. The earlier version is kept.',
  })
  replacesPlanId?: string | null;
}

@InputType({ description: 'A plan file to preview: its zones and faults, nothing written.' })
export class PlanPreviewInput {
  @Field(() => PlanCrs, { defaultValue: PlanCrs.EPSG_4326 })
  crs!: PlanCrs;

  @Field(() => String, { nullable: true, description: 'The name it would be imported under.' })
  name?: string | null;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'As in PlanImportInput.' })
  features?: unknown;

  @Field(() => ID, { nullable: true })
  fileId?: string | null;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => ID, { nullable: true })
  replacesPlanId?: string | null;
}

/** The plan's own fields, trimmed and checked. */
export function checkPlanFields(input: Pick<PlanImportInput, 'name' | 'version'>) {
  return {
    name: checkLength(input.name, 'input.name', 3, 300),
    version: checkLength(input.version ?? '1', 'input.version', 1, 50),
  };
}
