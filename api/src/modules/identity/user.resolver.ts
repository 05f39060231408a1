import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { User as UserRow } from '../../generated/prisma/client.js';
import { RoleGrant, User } from './identity.types.js';
import { Verification } from './verification.types.js';
import { isAdmin } from './viewer.js';

const formerParticipant = 'Former participant';

const isSelfOrAdmin = ({ viewer }: Context, user: UserRow) =>
  viewer?.userId === user.id || isAdmin(viewer);

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => String)
  displayName(@Root() user: UserRow) {
    return user.displayName ?? formerParticipant;
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() user: UserRow, @Ctx() context: Context) {
    return isSelfOrAdmin(context, user) ? user.email : null;
  }

  @FieldResolver(() => Int, { nullable: true })
  birthYear(@Root() user: UserRow, @Ctx() context: Context) {
    return isSelfOrAdmin(context, user) ? user.birthYear : null;
  }

  @FieldResolver(() => Boolean)
  verified(@Root() user: UserRow) {
    return user.verifiedAt !== null;
  }

  @FieldResolver(() => Verification, {
    nullable: true,
    description: 'How the user was verified; visible to the user and to admins only.',
  })
  verification(@Root() user: UserRow, @Ctx() context: Context) {
    return isSelfOrAdmin(context, user) ? context.loaders.verification.load(user.id) : null;
  }

  @FieldResolver(() => [RoleGrant])
  roles(@Root() user: UserRow, @Ctx() { loaders }: Context) {
    return loaders.roles.load(user.id);
  }
}
