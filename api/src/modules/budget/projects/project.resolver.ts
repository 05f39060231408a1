import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../../context.js';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
} from '../../../graphql/connection.js';
import { withLazyTotal } from '../../../graphql/lazy-total.js';
import { requireViewer } from '../../identity/access.js';
import { BudgetProjectsFilter, toProjectQuery } from './project.filter.js';
import { BudgetProjectInput } from './project.input.js';
import { BudgetProject, BudgetProjectConnection, ProjectLocation } from './project.type.js';

@Resolver(() => BudgetProject)
export class ProjectResolver {
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
    const { rows, count } = await services.budget.projects.list(query, first, decodeCursor(after));
    return withLazyTotal(toConnection(rows, first, encodeCursor), count);
  }

  @Query(() => BudgetProject)
  project(@Ctx() { services }: Context, @Arg('id', () => ID) id: string) {
    return services.budget.projects.findPublic(id);
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

  @FieldResolver(() => [ProjectLocation], { description: 'None for a city-wide programme.' })
  locations(@Root() project: BudgetProject, @Ctx() { loaders }: Context) {
    return loaders.budgetProjectLocations.load(project.id);
  }
}
