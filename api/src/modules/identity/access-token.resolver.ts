import {
  Arg,
  Authorized,
  Ctx,
  GraphQLISODateTime,
  ID,
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { AccessTokenScope } from '../../generated/prisma/enums.js';
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
  createAccessToken(
    @Ctx() context: Context,
    @Arg('name', () => String) name: string,
    @Arg('scopes', () => [AccessTokenScope], {
      description: 'At least one; READ comes with any. None beyond what this request may do.',
    })
    scopes: AccessTokenScope[],
    @Arg('expiresAt', () => GraphQLISODateTime, {
      nullable: true,
      description:
        "In the future, at most a year ahead (and for a request signed in with a token, not past that token's expiry). Null: never.",
    })
    expiresAt: Date | null,
  ) {
    const creator = requireViewer(context);
    return context.services.accessTokens.create(creator, { name, scopes, expiresAt });
  }

  @Authorized()
  @Mutation(() => Boolean)
  async revokeAccessToken(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    await context.services.accessTokens.revoke(requireViewer(context).userId, id);
    return true;
  }
}
