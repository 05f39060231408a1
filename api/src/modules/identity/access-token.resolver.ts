import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { requireViewer } from './access.js';
import { AccessToken, CreatedAccessToken } from './identity.types.js';

@Resolver()
export class AccessTokenResolver {
  @Authorized()
  @Query(() => [AccessToken], { description: 'Your personal access tokens.' })
  myAccessTokens(@Ctx() context: Context) {
    return context.services.accessTokens.list(requireViewer(context).userId);
  }

  @Authorized()
  @Mutation(() => CreatedAccessToken, { description: 'A token for an API client; copy it now.' })
  createAccessToken(@Ctx() context: Context, @Arg('name', () => String) name: string) {
    return context.services.accessTokens.create(requireViewer(context).userId, name);
  }

  @Authorized()
  @Mutation(() => Boolean)
  async revokeAccessToken(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    await context.services.accessTokens.revoke(requireViewer(context).userId, id);
    return true;
  }
}
