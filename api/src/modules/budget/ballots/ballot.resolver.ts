import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../context.js';
import { requireViewer } from '../../identity/access.js';
import { Ballot } from './ballot.type.js';

/** Ballots cast online: a voter's own. Paper ones are in paper-ballot.resolver.ts. */
@Resolver()
export class BallotResolver {
  @Query(() => Ballot, { nullable: true, description: 'Your own ballot; null if you have none.' })
  myBallot(@Ctx() context: Context, @Arg('editionId', () => ID) editionId: string) {
    return context.services.budget.ballots.own(requireViewer(context), editionId);
  }

  // Signed in; the service refuses the unverified with BALLOT_VOTER_NOT_VERIFIED, not a role.
  @Authorized()
  @Mutation(() => Ballot, {
    description:
      'Your ballot: projects of one district pool of your choice plus city-wide ones. Verified ' +
      'residents of the age the edition asks vote.',
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
}
