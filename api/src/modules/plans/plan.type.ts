import {
  Extensions,
  Field,
  GraphQLISODateTime,
  ID,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { PlanKind, PlanStage } from '../../generated/prisma/enums.js';

registerEnumType(PlanKind, {
  name: 'PlanKind',
  description: 'LOCAL_PLAN: a local plan (MPZP); GENERAL_PLAN: a general plan (plan ogólny).',
});
registerEnumType(PlanStage, { name: 'PlanStage' });

@ObjectType({ description: 'A spatial plan and its zones, as imported for a consultation.' })
export class SpatialPlan {
  @Field(() => ID)
  id!: string;

  @Field(() => PlanKind)
  kind!: PlanKind;

  @Field(() => String)
  name!: string;

  @Field(() => PlanStage)
  stage!: PlanStage;

  @Field(() => String)
  version!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When a new version replaced it; null for the current version.',
  })
  replacedAt!: Date | null;

  previousVersionId!: string | null;
}

@ObjectType({ description: 'A parameter of a zone, e.g. maxBuildingHeight 25 m.' })
export class ZoneParameter {
  @Field(() => String, { description: 'e.g. maxBuildingHeight, maxIntensity.' })
  key!: string;

  @Field(() => String, {
    description: 'A number (written with a dot) or text, as the plan gives it.',
  })
  value!: string;

  @Field(() => String, { nullable: true, description: 'e.g. m, %; null for a bare ratio.' })
  unit!: string | null;
}

@ObjectType({
  description: 'A zone of a plan with its designation, e.g. 1MW, multi-family housing.',
})
export class PlanZone {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The symbol on the plan drawing, e.g. "1MW".' })
  symbol!: string;

  @Field(() => String, { description: 'e.g. "MW", "KD-Z".' })
  designationCode!: string;

  @Field(() => String, { description: 'e.g. "zabudowa mieszkaniowa wielorodzinna".' })
  designationName!: string;

  @Field(() => [ZoneParameter])
  @Extensions({ listSize: 10 })
  parameters!: ZoneParameter[];

  planId!: string;
}
