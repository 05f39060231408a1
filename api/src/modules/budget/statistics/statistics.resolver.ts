import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../context.js';
import { BudgetStatistics } from './statistics.type.js';

@Resolver()
export class StatisticsResolver {
  @Query(() => BudgetStatistics, {
    description: 'Participation per pool, channel, age band, sex and district, once VOTING ended.',
  })
  budgetStatistics(@Ctx() { services }: Context, @Arg('editionId', () => ID) editionId: string) {
    return services.budget.statistics.statistics(editionId);
  }
}
