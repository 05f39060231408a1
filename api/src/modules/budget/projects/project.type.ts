import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import { GeoJSONScalar } from '../../../geo/geojson.scalar.js';
import { Connection } from '../../../graphql/connection.js';
import { Money } from '../money.js';

registerEnumType(BudgetProjectStatus, {
  name: 'BudgetProjectStatus',
  description:
    'SUBMITTED → IN_VERIFICATION → ACCEPTED | REJECTED → APPEALED → ACCEPTED | REJECTED → ' +
    'SELECTED | NOT_SELECTED → IN_PROGRESS → COMPLETED | ABANDONED.',
});

@ObjectType()
export class CostLine {
  @Field(() => String)
  item!: string;

  @Field(() => Money)
  amount!: Money;
}

@ObjectType({ description: 'Where a project is: a Point, LineString or Polygon (EPSG:4326).' })
export class ProjectLocation {
  @Field(() => ID)
  id!: string;

  @Field(() => GeoJSONScalar)
  geometry!: unknown;

  @Field(() => Boolean, { description: 'Generated for demo data, not the real place.' })
  illustrative!: boolean;
}

@ObjectType({ description: 'A participatory budget project in one pool.' })
export class BudgetProject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  poolId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [String])
  categories!: string[];

  @Field(() => [String])
  targetGroups!: string[];

  @Field(() => Money)
  cost!: Money;

  @Field(() => [CostLine])
  costLines!: CostLine[];

  @Field(() => BudgetProjectStatus)
  status!: BudgetProjectStatus;

  @Field(() => String, { nullable: true })
  rejectionReason!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType()
export class BudgetProjectConnection extends Connection(BudgetProject) {
  @Field(() => Int)
  totalCount!: number;
}
