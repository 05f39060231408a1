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
import type { Context } from '../../context.js';
import { requireViewer } from './access.js';
import { User } from './identity.types.js';
import { Person } from './person.type.js';
import { VerificationInput } from './verification.inputs.js';
import { VerificationRequest, VerificationRequestConnection } from './verification.types.js';

@Resolver(() => VerificationRequest)
export class VerificationResolver {
  @Authorized('PLANNER')
  @Mutation(() => User, {
    description:
      'Marks a resident verified (admins; planners in a district office of theirs). Resolves ' +
      'their request to be verified.',
  })
  async verifyResident(
    @Ctx() context: Context,
    @Arg('input', () => VerificationInput) input: VerificationInput,
  ) {
    await context.services.verification.verify(requireViewer(context), input);
    return context.services.users.find(input.userId);
  }

  @Authorized('PLANNER')
  @Mutation(() => User, {
    description: "Ends a resident's verification, saying why (admins, district planners).",
  })
  async revokeVerification(
    @Ctx() context: Context,
    @Arg('userId', () => ID) userId: string,
    @Arg('reason', () => String, { description: '3 to 500 characters.' }) reason: string,
  ) {
    await context.services.verification.revoke(requireViewer(context), userId, reason);
    return context.services.users.find(userId);
  }

  @Authorized()
  @Mutation(() => VerificationRequest, {
    description: 'Asks to be verified, at a district office or at any; asking again moves it.',
  })
  async requestVerification(
    @Ctx() context: Context,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
  ) {
    const viewer = requireViewer(context);
    await context.services.verification.request(viewer, unitId);
    return context.loaders.openVerificationRequest.load(viewer.userId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Withdraws your open request to be verified.' })
  async withdrawVerificationRequest(@Ctx() context: Context) {
    await context.services.verification.withdraw(requireViewer(context));
    return true;
  }

  @Authorized()
  @Query(() => VerificationRequest, {
    nullable: true,
    description: 'Your open request to be verified, if any.',
  })
  myVerificationRequest(@Ctx() context: Context) {
    return context.loaders.openVerificationRequest.load(requireViewer(context).userId);
  }

  @Authorized('PLANNER')
  @Query(() => VerificationRequestConnection, {
    description:
      'Residents waiting for verification, oldest first: for a planner, those asking at their ' +
      'district offices or at any office; for admins, all.',
  })
  verificationRequests(
    @Ctx() context: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most 50.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    return context.services.verification.waiting(requireViewer(context), { first, after });
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Null once the account is deleted.' })
  person(@Root() request: VerificationRequest, @Ctx() { loaders }: Context) {
    return loaders.person.load(request.userId);
  }
}
