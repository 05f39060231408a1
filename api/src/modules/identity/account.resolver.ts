import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Public, requireViewer } from './access.js';
import { ProfileInput, SignUpInput } from './account.inputs.js';
import { User } from './identity.types.js';

type SignedIn = { userId: string; session: { secret: string; expiresAt: Date } };

/** Sets the cookie, and lets the rest of this request see the new user as its viewer. */
async function signedIn(context: Context, { userId, session }: SignedIn) {
  context.sessionCookie.set(session.secret, session.expiresAt);
  ({ viewer: context.viewer } = await context.services.sessions.authenticate({
    sessionSecret: session.secret,
  }));
  return context.services.users.find(userId);
}

@Resolver()
export class AccountResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user; null for a visitor.' })
  me(@Ctx() { viewer, services }: Context) {
    return viewer ? services.users.find(viewer.userId) : null;
  }

  @Authorized()
  @Query(() => GraphQLJSONObject, { description: 'Everything Plac holds about you, to download.' })
  myData(@Ctx() context: Context) {
    return context.services.accounts.exportData(requireViewer(context).userId);
  }

  @Public()
  @Mutation(() => User, { description: 'Creates an account and signs it in (a session cookie).' })
  async signUp(@Ctx() context: Context, @Arg('input', () => SignUpInput) input: SignUpInput) {
    return signedIn(context, await context.services.accounts.signUp(input));
  }

  @Public()
  @Mutation(() => User, { description: 'Signs in with email and password (a session cookie).' })
  async signIn(
    @Ctx() context: Context,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ) {
    return signedIn(context, await context.services.accounts.signIn(email, password, context.ip));
  }

  @Public()
  @Mutation(() => Boolean, { description: "Ends this browser's session." })
  async signOut(@Ctx() context: Context) {
    if (context.viewer?.sessionId) await context.services.sessions.revoke(context.viewer.sessionId);
    context.sessionCookie.clear();
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends every session of yours, on every device.' })
  async signOutEverywhere(
    @Ctx() context: Context,
    @Arg('includeTokens', () => Boolean, {
      defaultValue: false,
      description: 'Revokes your personal access tokens too.',
    })
    includeTokens: boolean,
  ) {
    const { userId } = requireViewer(context);
    await context.services.accounts.signOutEverywhere(userId, includeTokens);
    context.sessionCookie.clear();
    return true;
  }

  @Authorized()
  @Mutation(() => User)
  updateProfile(@Ctx() context: Context, @Arg('input', () => ProfileInput) input: ProfileInput) {
    return context.services.accounts.updateProfile(requireViewer(context).userId, input);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Deletes your account. What you wrote stays, as a former participant's.",
  })
  async deleteMyAccount(@Ctx() context: Context, @Arg('password', () => String) password: string) {
    await context.services.accounts.deleteAccount(requireViewer(context).userId, password);
    context.sessionCookie.clear();
    return true;
  }
}
