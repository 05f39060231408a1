import {
  Extensions,
  Field,
  Float,
  GraphQLISODateTime,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { PlanReassignmentStatus } from '../../generated/prisma/enums.js';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';
import { ZoneParameter } from './plan.type.js';

registerEnumType(PlanReassignmentStatus, {
  name: 'PlanReassignmentStatus',
  description: 'RUNNING in batches after the import; DONE; FAILED (remarks keep the zones done).',
});

@ObjectType({ description: "How a plan's zones differ from the previous version's, by symbol." })
export class PlanChanges {
  @Field(() => [String])
  @Extensions({ listSize: 300 })
  added!: string[];

  @Field(() => [String])
  @Extensions({ listSize: 300 })
  removed!: string[];

  @Field(() => [String], { description: 'Another designation, parameters or shape.' })
  @Extensions({ listSize: 300 })
  changed!: string[];

  @Field(() => Int)
  unchanged!: number;
}

@ObjectType({ description: "Assigning the consultation's remarks to a new plan's zones." })
export class PlanReassignment {
  @Field(() => PlanReassignmentStatus)
  status!: PlanReassignmentStatus;

  @Field(() => Int, { description: 'Remarks assigned so far.' })
  done!: number;

  @Field(() => Int, { description: 'Remarks with a place when the plan was imported.' })
  total!: number;

  @Field(() => Int, { description: 'Remarks now in a zone of another symbol (or in none).' })
  moved!: number;

  @Field(() => GraphQLISODateTime)
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType({ description: 'A fault of one feature of a plan file.' })
export class PlanFeatureProblem {
  @Field(() => Int, { description: "The feature's place in the file, from 0." })
  index!: number;

  @Field(() => String)
  reason!: string;
}

@ObjectType({ description: 'A zone as a plan file gives it, shown before the import.' })
export class PreviewZone {
  @Field(() => Int, { description: "The feature's place in the file, from 0." })
  index!: number;

  @Field(() => String)
  symbol!: string;

  @Field(() => String)
  designationCode!: string;

  @Field(() => String)
  designationName!: string;

  @Field(() => [ZoneParameter])
  @Extensions({ listSize: 10 })
  parameters!: ZoneParameter[];

  @Field(() => GeoJSONScalar, { description: 'Transformed to EPSG:4326, as it would be stored.' })
  geometry!: unknown;

  @Field(() => [String], { description: "This feature's faults; empty when it imports." })
  @Extensions({ listSize: 10 })
  problems!: string[];
}

@ObjectType({ description: 'What importing a plan file would do; nothing is written.' })
export class PlanPreview {
  @Field(() => Int)
  featureCount!: number;

  @Field(() => [PreviewZone], { description: 'Every feature with a readable shape.' })
  @Extensions({ listSize: 2000 })
  zones!: PreviewZone[];

  @Field(() => [PlanFeatureProblem], { description: 'Every fault, in file order.' })
  @Extensions({ listSize: 2000 })
  problems!: PlanFeatureProblem[];

  @Field(() => Float, { description: "Metres from the consultation's area; 0 when they meet." })
  metresOutside!: number;

  @Field(() => Boolean, { description: 'Whether importing it would succeed.' })
  importable!: boolean;

  replacesPlanId!: string | null;
}
