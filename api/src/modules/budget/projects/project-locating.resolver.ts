import { Arg, Authorized, Ctx, Float, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../context.js';
import { requireViewer } from '../../identity/access.js';
import { ConflictCandidateConnection, ProjectConflict } from './conflict-candidate.type.js';
import { BudgetProject } from './project.type.js';
import { ProjectLocationInput } from './project-location.input.js';

/** What planners do to place an edition's projects and find those that exclude each other. */
@Resolver()
export class ProjectLocatingResolver {
  @Authorized('PLANNER')
  @Mutation(() => BudgetProject, {
    description: "Replaces all of a project's locations (an empty list: no place).",
  })
  setBudgetProjectLocations(
    @Ctx() context: Context,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('locations', () => [ProjectLocationInput]) locations: ProjectLocationInput[],
  ) {
    const viewer = requireViewer(context);
    return context.services.budget.projectLocations.setLocations(viewer, projectId, locations);
  }

  @Authorized('PLANNER')
  @Query(() => ConflictCandidateConnection, {
    description:
      'Pairs of located projects of the edition that overlap or lie within `withinMeters` ' +
      '(at most 1000), nearest first, not dismissed; those with a project of a pool you manage.',
  })
  budgetConflictCandidates(
    @Ctx() context: Context,
    @Arg('editionId', () => ID) editionId: string,
    @Arg('withinMeters', () => Float) withinMeters: number,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const viewer = requireViewer(context);
    return context.services.budget.conflictCandidates.candidates(
      viewer,
      editionId,
      withinMeters,
      first,
      after,
    );
  }

  @Authorized('PLANNER')
  @Query(() => [ProjectConflict], {
    description:
      "The edition's marked conflicts with a project of a pool you manage (the first `first`).",
  })
  budgetProjectConflicts(
    @Ctx() context: Context,
    @Arg('editionId', () => ID) editionId: string,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
  ) {
    const viewer = requireViewer(context);
    return context.services.budget.conflictCandidates.marked(viewer, editionId, first);
  }

  @Authorized('PLANNER')
  @Mutation(() => Boolean, {
    description: 'Dismisses a conflict candidate: the pair is no longer offered.',
  })
  dismissConflictCandidate(
    @Ctx() context: Context,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('otherProjectId', () => ID) otherId: string,
  ) {
    const viewer = requireViewer(context);
    return context.services.budget.projectConflicts.dismissCandidate(viewer, projectId, otherId);
  }
}
