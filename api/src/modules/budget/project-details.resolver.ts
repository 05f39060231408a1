import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { BudgetProject, ProjectLocation } from './project.type.js';

@Resolver(() => BudgetProject)
export class BudgetProjectDetailsResolver {
  @FieldResolver(() => [ProjectLocation], { description: 'None for a city-wide programme.' })
  locations(@Root() project: BudgetProject, @Ctx() { loaders }: Context) {
    return loaders.budgetProjectLocations.load(project.id);
  }
}
