import { Arg, Authorized, Ctx, Float, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../context.js';
import { requireViewer } from '../../identity/access.js';
import { NearProject } from './project-near.type.js';

/** What planners do to an edition's projects: nearby projects and conflicts. */
@Resolver()
export class ProjectStaffResolver {
  @Query(() => [NearProject], {
    description: 'Located projects of the same edition within `meters`, nearest first.',
  })
  projectsNear(
    @Ctx() { services }: Context,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('meters', () => Float) meters: number,
  ) {
    return services.budget.projectConflicts.near(projectId, meters);
  }

  @Authorized('PLANNER')
  @Mutation(() => Boolean, { description: 'Marks two projects mutually exclusive.' })
  markProjectsConflicting(
    @Ctx() context: Context,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('otherProjectId', () => ID) otherId: string,
  ) {
    const viewer = requireViewer(context);
    return context.services.budget.projectConflicts.markConflicting(viewer, projectId, otherId);
  }

  @Authorized('PLANNER')
  @Mutation(() => Boolean, { description: 'Removes a mark of mutual exclusion.' })
  unmarkProjectsConflicting(
    @Ctx() context: Context,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('otherProjectId', () => ID) otherId: string,
  ) {
    const viewer = requireViewer(context);
    return context.services.budget.projectConflicts.unmarkConflicting(viewer, projectId, otherId);
  }
}
