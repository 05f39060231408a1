import {
  Arg,
  Authorized,
  Ctx,
  Extensions,
  FieldResolver,
  Float,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';
import { checkSimplify, simplifyArgument } from '../../geo/simplified-geometry.js';
import { Consultation } from '../consultations/consultation.type.js';
import { requireViewer } from '../identity/access.js';
import { PlanImportInput } from './plan.input.js';
import { PlanZone, SpatialPlan } from './plan.type.js';
import { maxPlanText } from './plan-source.js';

@Resolver(() => SpatialPlan)
export class PlanResolver {
  @Query(() => SpatialPlan)
  plan(@Ctx() { services, viewer }: Context, @Arg('id', () => ID) id: string) {
    return services.plans.find(viewer, id);
  }

  @Authorized('PLANNER')
  @Mutation(() => SpatialPlan, {
    description:
      "Imports a plan's zones from GeoJSON for a consultation of your unit, all or nothing: " +
      'one error lists every faulty feature. A plan of the same name (or replacesPlanId) is ' +
      "replaced by this new version; the remarks' zones follow (see reassignment).",
  })
  @Extensions({ maxTextLength: maxPlanText })
  importPlan(
    @Ctx() context: Context,
    @Arg('consultationId', () => ID) consultationId: string,
    @Arg('input', () => PlanImportInput) input: PlanImportInput,
  ) {
    return context.services.plans.importPlan(requireViewer(context), consultationId, input);
  }

  @FieldResolver(() => GeoJSONScalar, { description: 'The union of the zones, a MultiPolygon.' })
  boundary(
    @Root() plan: SpatialPlan,
    @Ctx() { loaders }: Context,
    @Arg('simplify', () => Float, simplifyArgument) simplify: number | null,
  ) {
    return loaders.planBoundary.load({ id: plan.id, tolerance: checkSimplify(simplify) });
  }

  @FieldResolver(() => [PlanZone], { description: 'In legend order: by designation, then number.' })
  @Extensions({ listSize: 300 })
  zones(@Root() plan: SpatialPlan, @Ctx() { loaders }: Context) {
    return loaders.planZones.load(plan.id);
  }
}

@Resolver(() => PlanZone)
export class PlanZoneResolver {
  @Query(() => PlanZone)
  zone(@Ctx() { services, viewer }: Context, @Arg('id', () => ID) id: string) {
    return services.plans.findZone(viewer, id);
  }

  @FieldResolver(() => GeoJSONScalar, { description: 'A MultiPolygon.' })
  geometry(
    @Root() zone: PlanZone,
    @Ctx() { loaders }: Context,
    @Arg('simplify', () => Float, simplifyArgument) simplify: number | null,
  ) {
    return loaders.planZoneGeometry.load({ id: zone.id, tolerance: checkSimplify(simplify) });
  }

  @FieldResolver(() => SpatialPlan)
  plan(@Root() zone: PlanZone, @Ctx() { loaders }: Context) {
    return loaders.plan.load(zone.planId);
  }
}

@Resolver(() => Consultation)
export class ConsultationPlansResolver {
  @FieldResolver(() => [SpatialPlan], { description: 'The plans consulted on, oldest first.' })
  @Extensions({ listSize: 5 })
  plans(@Root() consultation: Consultation, @Ctx() { loaders }: Context) {
    return loaders.consultationPlans.load(consultation.id);
  }
}
