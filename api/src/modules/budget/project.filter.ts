import { Field, Float, ID, InputType } from 'type-graphql';
import { badInput } from '../../errors/domain-error.js';
import { BudgetProjectStatus } from '../../generated/prisma/enums.js';
import { parseBBox } from '../../geo/bbox.js';
import { parseGeometry } from '../../geo/geojson.js';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';
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
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = (value: string | null | undefined, field: string) => {
  if (value == null) return null;
  if (!uuid.test(value)) throw badInput(field, `"${value}" is not an id`);
  return value;
};

export function toProjectQuery(filter: BudgetProjectsFilter, maxVertices: number): ProjectQuery {
  const intersecting =
    filter.bbox != null
      ? parseBBox(filter.bbox, 'filter.bbox').toPolygon()
      : filter.intersecting != null
        ? parseGeometry(filter.intersecting, {
            field: 'filter.intersecting',
            allowed: ['Point', 'LineString', 'Polygon', 'MultiPolygon'],
            maxVertices,
          })
        : null;
  let near = null;
  if (filter.near != null) {
    const radius = filter.radiusMeters ?? Number.NaN;
    if (!(radius > 0 && radius <= 100_000))
      throw badInput('filter.radiusMeters', 'must be 0 to 100000 with near');
    const point = parseGeometry(filter.near, { field: 'filter.near', allowed: ['Point'] });
    near = { point, radiusMeters: radius };
  }
  return {
    editionId: id(filter.editionId, 'filter.editionId'),
    poolId: id(filter.poolId, 'filter.poolId'),
    areaId: id(filter.areaId, 'filter.areaId'),
    category: filter.category?.trim() || null,
    statuses: filter.status ?? null,
    intersecting,
    near,
  };
}
