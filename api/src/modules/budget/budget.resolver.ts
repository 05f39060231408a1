import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
} from '../../graphql/connection.js';
import { requireViewer } from '../identity/access.js';
import { Ballot } from './ballot.type.js';
import { BudgetEdition } from './edition.type.js';
import { BudgetProjectsFilter, toProjectQuery } from './project.filter.js';
import { BudgetProjectInput } from './project.input.js';
import { BudgetProject, BudgetProjectConnection } from './project.type.js';
import { PoolResult } from './result.type.js';

@Resolver()
export class BudgetResolver {
  @Query(() => [BudgetEdition], { description: 'Participatory budget editions, newest first.' })
  editions(@Ctx() { services }: Context) {
    return services.budget.editions.list();
  }

  @Query(() => BudgetEdition)
  edition(@Ctx() { services }: Context, @Arg('id', () => ID) id: string) {
    return services.budget.editions.find(id);
  }

  @Query(() => BudgetProjectConnection, { description: 'Budget projects, newest first.' })
  async projects(
    @Ctx() { services, config }: Context,
    @Arg('filter', () => BudgetProjectsFilter, { nullable: true })
    filter: BudgetProjectsFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    checkPageSize(first);
    const query = toProjectQuery(filter ?? {}, config.maxVertices);
    const { rows, totalCount } = await services.budget.projects.list(
      query,
      first,
      decodeCursor(after),
    );
    return { ...toConnection(rows, first, encodeCursor), totalCount };
  }

  @Query(() => BudgetProject)
  project(@Ctx() { services }: Context, @Arg('id', () => ID) id: string) {
    return services.budget.projects.find(id);
  }

  @Query(() => [PoolResult], {
    description: 'Per pool: counts of votes and what was funded. Never who voted for what.',
  })
  results(@Ctx() { services, viewer }: Context, @Arg('editionId', () => ID) id: string) {
    return services.budget.results.results(viewer, id);
  }

  @Query(() => Ballot, { nullable: true, description: 'Your own ballot; null if you have none.' })
  myBallot(@Ctx() context: Context, @Arg('editionId', () => ID) editionId: string) {
    return context.services.budget.ballots.own(requireViewer(context), editionId);
  }

  @Authorized('VERIFIED')
  @Mutation(() => Ballot, {
    description: 'Your ballot: projects of one district pool of your choice plus city-wide ones.',
  })
  castBallot(
    @Ctx() context: Context,
    @Arg('editionId', () => ID) editionId: string,
    @Arg('districtPoolId', () => ID, { nullable: true }) districtPoolId: string | null,
    @Arg('projectIds', () => [ID]) projectIds: string[],
  ) {
    const viewer = requireViewer(context);
    return context.services.budget.ballots.cast(viewer, editionId, districtPoolId, projectIds);
  }

  @Authorized('PLANNER')
  @Mutation(() => BudgetProject, { description: 'A project in a pool your unit owns.' })
  createBudgetProject(
    @Ctx() context: Context,
    @Arg('poolId', () => ID) poolId: string,
    @Arg('input', () => BudgetProjectInput) input: BudgetProjectInput,
  ) {
    return context.services.budget.projects.create(requireViewer(context), poolId, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => BudgetEdition, {
    description:
      'Imports a Pabulib `.pb` text as an edition with one pool, its projects and ballots, all ' +
      'or nothing; a bad file is refused naming its line. `unitSlug` owns a city-wide pool.',
  })
  importPabulibEdition(
    @Ctx() context: Context,
    @Arg('file', () => String) file: string,
    @Arg('unitSlug', () => String, { nullable: true }) unitSlug: string | null,
  ) {
    return context.services.budget.imports.importFile(requireViewer(context), file, unitSlug);
  }

  @Authorized('ADMIN')
  @Mutation(() => [PoolResult], {
    description: 'Tallies every pool once VOTING has ended; results stay unpublished.',
  })
  tallyEdition(@Ctx() context: Context, @Arg('editionId', () => ID) editionId: string) {
    return context.services.budget.results.tally(requireViewer(context), editionId);
  }

  @Authorized('ADMIN')
  @Mutation(() => [PoolResult], { description: 'Publishes and freezes the tallied results.' })
  publishResults(@Ctx() context: Context, @Arg('editionId', () => ID) editionId: string) {
    return context.services.budget.results.publish(requireViewer(context), editionId);
  }
}
