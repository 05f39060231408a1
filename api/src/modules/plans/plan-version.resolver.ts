import {
  Arg,
  Authorized,
  Ctx,
  Extensions,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { checkPageSize } from '../../graphql/connection.js';
import { requireViewer } from '../identity/access.js';
import { PlanPreviewInput } from './plan.input.js';
import { SpatialPlan } from './plan.type.js';
import { maxPlanText } from './plan-source.js';
import { PlanChanges, PlanPreview, PlanReassignment } from './plan-version.type.js';

@Resolver(() => SpatialPlan)
export class PlanVersionResolver {
  @FieldResolver(() => SpatialPlan, { nullable: true, description: 'The version it replaced.' })
  previousVersion(@Root() plan: SpatialPlan, @Ctx() { loaders }: Context) {
    return plan.previousVersionId ? loaders.plan.load(plan.previousVersionId) : null;
  }

  @FieldResolver(() => [SpatialPlan], {
    description: 'Every version of this plan, newest (the current one) first.',
  })
  @Extensions({ listSize: 20 })
  versions(
    @Root() plan: SpatialPlan,
    @Ctx() { services }: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ) {
    checkPageSize(first);
    return services.plans.versions(plan.id, first);
  }

  @FieldResolver(() => PlanChanges, {
    nullable: true,
    description: "How its zones differ from the previous version's; null for a first version.",
  })
  changes(@Root() plan: SpatialPlan, @Ctx() { services }: Context) {
    return services.plans.changes(plan);
  }

  @FieldResolver(() => PlanReassignment, {
    nullable: true,
    description: "Assigning the consultation's remarks to its zones, with its progress.",
  })
  reassignment(@Root() plan: SpatialPlan, @Ctx() { loaders }: Context) {
    return loaders.planReassignment.load(plan.id);
  }
}

@Resolver(() => PlanPreview)
export class PlanPreviewResolver {
  @Authorized('PLANNER')
  @Query(() => PlanPreview, {
    description:
      'Reads a plan file as importPlan would, for a consultation of your unit: every zone in ' +
      'EPSG:4326 and every faulty feature with its reason. Nothing is written.',
  })
  @Extensions({ maxTextLength: maxPlanText })
  planImportPreview(
    @Ctx() context: Context,
    @Arg('consultationId', () => ID) consultationId: string,
    @Arg('input', () => PlanPreviewInput) input: PlanPreviewInput,
  ) {
    return context.services.plans.preview(requireViewer(context), consultationId, input);
  }

  @FieldResolver(() => SpatialPlan, {
    nullable: true,
    description: 'The plan of the consultation it would replace as a new version.',
  })
  replaces(@Root() preview: PlanPreview, @Ctx() { loaders }: Context) {
    return preview.replacesPlanId ? loaders.plan.load(preview.replacesPlanId) : null;
  }
}
