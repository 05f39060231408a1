import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../../context.js';
import { requireViewer } from '../../identity/access.js';
import { BudgetPoolInput, BudgetPoolUpdateInput } from './pool.input.js';
import { BudgetPool } from './pool.type.js';

@Resolver()
export class PoolResolver {
  @Authorized('ADMIN')
  @Mutation(() => BudgetPool, { description: 'A city-wide or area pool of an edition.' })
  createBudgetPool(
    @Ctx() context: Context,
    @Arg('input', () => BudgetPoolInput) input: BudgetPoolInput,
  ) {
    return context.services.budget.pools.create(requireViewer(context), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => BudgetPool, {
    description:
      "Renames a pool or changes its amount; refused once the edition's results are published.",
  })
  updateBudgetPool(
    @Ctx() context: Context,
    @Arg('poolId', () => ID) poolId: string,
    @Arg('input', () => BudgetPoolUpdateInput) input: BudgetPoolUpdateInput,
  ) {
    return context.services.budget.pools.update(requireViewer(context), poolId, input);
  }
}
