import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../context.js';
import { requireViewer } from '../../identity/access.js';
import { PaperBallot, PaperBallotConnection } from './paper-ballot.type.js';

/** Paper ballots, entered, corrected and removed by district staff before the tally. */
@Resolver()
export class PaperBallotResolver {
  @Authorized('PLANNER')
  @Query(() => PaperBallotConnection, { description: "The edition's paper ballots." })
  paperBallots(
    @Ctx() context: Context,
    @Arg('editionId', () => ID) editionId: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most 100.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const viewer = requireViewer(context);
    return context.services.budget.paperBallots.list(viewer, editionId, first, after);
  }

  @Authorized('PLANNER')
  @Mutation(() => PaperBallot, {
    description:
      "A paper ballot, entered by district staff for the voter's verified account: refused " +
      'if the voter has a ballot already, online or on paper.',
  })
  enterPaperBallot(
    @Ctx() context: Context,
    @Arg('editionId', () => ID) editionId: string,
    @Arg('districtPoolId', () => ID, { nullable: true }) districtPoolId: string | null,
    @Arg('projectIds', () => [ID]) projectIds: string[],
    @Arg('voterReference', () => String, { description: 'The reference on the sheet.' })
    voterReference: string,
    @Arg('voterEmail', () => String, { description: "The voter's account." }) voterEmail: string,
  ) {
    return context.services.budget.paperBallots.enter(
      requireViewer(context),
      editionId,
      { districtPoolId, projectIds },
      voterReference,
      voterEmail,
    );
  }

  @Authorized('PLANNER')
  @Mutation(() => PaperBallot, {
    description: 'A mistyped paper ballot put right, before the tally.',
  })
  correctPaperBallot(
    @Ctx() context: Context,
    @Arg('ballotId', () => ID) ballotId: string,
    @Arg('districtPoolId', () => ID, { nullable: true }) districtPoolId: string | null,
    @Arg('projectIds', () => [ID]) projectIds: string[],
  ) {
    const sheet = { districtPoolId, projectIds };
    return context.services.budget.paperBallots.correct(requireViewer(context), ballotId, sheet);
  }

  @Authorized('PLANNER')
  @Mutation(() => PaperBallot, {
    description: 'A paper ballot entered by mistake, removed before the tally.',
  })
  removePaperBallot(@Ctx() context: Context, @Arg('ballotId', () => ID) ballotId: string) {
    return context.services.budget.paperBallots.remove(requireViewer(context), ballotId);
  }
}
