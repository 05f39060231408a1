import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../../context.js';
import { requireViewer } from '../../identity/access.js';
import { BudgetPoolInput } from './pool.input.js';
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
}
