import { Field, Float, ID, InputType } from 'type-graphql';
import { isUuid } from '../../../db/uuid.js';
import { badInput } from '../../../errors/domain-error.js';
import { BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import { GeoJSONScalar } from '../../../geo/geojson.scalar.js';
import { parseSpatialFilter } from '../../../geo/spatial-filter.js';
import type { ProjectQuery } from './project.sql.js';

@InputType()
export class BudgetProjectsFilter {
  @Field(() => ID, { nullable: true })
  editionId?: string | null;

  @Field(() => ID, { nullable: true })
  poolId?: string | null;

  @Field(() => ID, { nullable: true, description: "The area's pool, or located in the area." })
  areaId?: string | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => [BudgetProjectStatus], { nullable: true })
  status?: BudgetProjectStatus[] | null;

  @Field(() => [Float], { nullable: true, description: '[west, south, east, north] in degrees.' })
  bbox?: number[] | null;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Located where it intersects.' })
  intersecting?: unknown;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'A Point; with radiusMeters.' })
  near?: unknown;

  @Field(() => Float, { nullable: true })
  radiusMeters?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'With a location (true) or none yet.' })
  located?: boolean | null;
}

const id = (value: string | null | undefined, field: string) => {
  if (value == null) return null;
  if (!isUuid(value)) throw badInput(field, `"${value}" is not an id`);
  return value;
};

export function toProjectQuery(filter: BudgetProjectsFilter, maxVertices: number): ProjectQuery {
  const { intersecting, near } = parseSpatialFilter(filter, maxVertices);
  return {
    editionId: id(filter.editionId, 'filter.editionId'),
    poolId: id(filter.poolId, 'filter.poolId'),
    areaId: id(filter.areaId, 'filter.areaId'),
    category: filter.category?.trim() || null,
    statuses: filter.status ?? null,
    located: filter.located ?? null,
    intersecting,
    near,
  };
}
