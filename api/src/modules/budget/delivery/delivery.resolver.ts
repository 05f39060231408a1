import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../context.js';
import { requireViewer } from '../../identity/access.js';
import { DeliveryUpdateInput } from './delivery.input.js';
import {
  DeliveryProject,
  DeliveryStatus,
  DeliverySummary,
  DeliveryUpdate,
  ProjectDelivery,
} from './delivery.type.js';

/** Delivery of funded projects: read by anyone, reported by planners of the pool's unit. */
@Resolver()
export class DeliveryResolver {
  @Query(() => ProjectDelivery, {
    nullable: true,
    description: "A project's delivery and its updates; null while it is not funded.",
  })
  projectDelivery(@Ctx() { services, viewer }: Context, @Arg('projectId', () => ID) id: string) {
    return services.budget.delivery.ofProject(viewer, id);
  }

  @Query(() => [DeliveryProject], {
    description: "The edition's funded projects; `mine`: of pools the viewer manages.",
  })
  fundedProjects(
    @Ctx() { services, viewer }: Context,
    @Arg('editionId', () => ID) editionId: string,
    @Arg('mine', () => Boolean, { defaultValue: false }) mine: boolean,
  ) {
    return services.budget.delivery.funded(viewer, editionId, mine);
  }

  @Query(() => DeliverySummary, { description: "The edition's funded projects by status." })
  deliverySummary(@Ctx() { services }: Context, @Arg('editionId', () => ID) editionId: string) {
    return services.budget.delivery.summary(editionId);
  }

  @Authorized('PLANNER')
  @Mutation(() => DeliveryUpdate, {
    description: 'Reports on a funded project; `status` also takes that step of its status.',
  })
  addProjectDeliveryUpdate(
    @Ctx() context: Context,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input', () => DeliveryUpdateInput) input: DeliveryUpdateInput,
    @Arg('status', () => DeliveryStatus, { nullable: true }) status: DeliveryStatus | null,
  ) {
    const viewer = requireViewer(context);
    return context.services.budget.delivery.add(viewer, projectId, input, status);
  }

  @Authorized('PLANNER')
  @Mutation(() => DeliveryUpdate, { description: 'Corrects a delivery update; audited.' })
  editProjectDeliveryUpdate(
    @Ctx() context: Context,
    @Arg('updateId', () => ID) updateId: string,
    @Arg('input', () => DeliveryUpdateInput) input: DeliveryUpdateInput,
  ) {
    return context.services.budget.delivery.edit(requireViewer(context), updateId, input);
  }

  @Authorized('PLANNER')
  @Mutation(() => Boolean, { description: 'Removes a delivery update; audited.' })
  removeProjectDeliveryUpdate(
    @Ctx() context: Context,
    @Arg('updateId', () => ID) updateId: string,
  ) {
    return context.services.budget.delivery.remove(requireViewer(context), updateId);
  }
}
