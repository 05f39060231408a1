import { Arg, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput } from '../../errors/domain-error.js';
import { parseGeometry } from '../../geo/geojson.js';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';
import { checkSimplify, simplifyArgument } from '../../geo/simplified-geometry.js';
import type { AreaRow } from './area.sql.js';
import { Area, AreaKind } from './area.type.js';

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => [Area], {
    description: 'Administrative areas, optionally of one kind or intersecting a geometry.',
  })
  async areas(
    @Ctx() { services, config }: Context,
    @Arg('kind', () => AreaKind, { nullable: true }) kind: AreaKind | null,
    @Arg('intersecting', () => GeoJSONScalar, { nullable: true }) intersecting: unknown,
  ): Promise<AreaRow[]> {
    if (intersecting == null) return services.areas.list(kind ?? null);
    const geometry = parseGeometry(intersecting, {
      field: 'intersecting',
      allowed: ['Point', 'LineString', 'Polygon', 'MultiPolygon'],
      maxVertices: config.maxVertices,
    });
    return services.areas.intersecting(geometry, kind ?? null);
  }

  @Query(() => Area, { description: 'One area, by id or by slug (exactly one of them).' })
  area(
    @Ctx() { services }: Context,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('slug', () => String, { nullable: true }) slug: string | null,
  ): Promise<AreaRow> {
    if ((id == null) === (slug == null)) {
      throw badInput('id', 'give exactly one of id and slug', 'AREA_ID_OR_SLUG');
    }
    return id != null ? services.areas.findById(id) : services.areas.findBySlug(slug ?? '');
  }

  @Query(() => Area, {
    nullable: true,
    description: 'The district containing a point; null outside the city.',
  })
  areaAt(
    @Ctx() { services }: Context,
    @Arg('point', () => GeoJSONScalar, { description: 'A GeoJSON Point.' }) point: unknown,
  ): Promise<AreaRow | null> {
    return services.areas.districtAt(parseGeometry(point, { field: 'point', allowed: ['Point'] }));
  }

  @FieldResolver(() => GeoJSONScalar, { description: 'The boundary as a GeoJSON MultiPolygon.' })
  geometry(
    @Root() area: AreaRow,
    @Ctx() { loaders }: Context,
    @Arg('simplify', () => Float, simplifyArgument) simplify: number | null,
  ) {
    return loaders.areaGeometry.load({ id: area.id, tolerance: checkSimplify(simplify) });
  }
}
