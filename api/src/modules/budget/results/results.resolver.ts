import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../context.js';
import { requireViewer } from '../../identity/access.js';
import { PoolResult } from './result.type.js';

@Resolver()
export class ResultsResolver {
  @Query(() => [PoolResult], {
    description: 'Per pool: counts of votes and what was funded. Never who voted for what.',
  })
  results(@Ctx() { services, viewer }: Context, @Arg('editionId', () => ID) id: string) {
    return services.budget.results.results(viewer, id);
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
