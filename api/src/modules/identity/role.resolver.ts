import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Role } from '../../generated/prisma/enums.js';
import { requireViewer } from './access.js';
import { User } from './identity.types.js';

@InputType()
class RoleGrantInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, {
    nullable: true,
    description: 'Required for PLANNER, the unit the role is scoped to.',
  })
  unitId?: string | null;
}

@Resolver()
export class RoleResolver {
  @Authorized('ADMIN')
  @Mutation(() => User)
  async grantRole(
    @Ctx() context: Context,
    @Arg('input', () => RoleGrantInput) input: RoleGrantInput,
  ) {
    await context.services.roles.grant(requireViewer(context), input);
    return context.services.users.find(input.userId);
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  async revokeRole(
    @Ctx() context: Context,
    @Arg('input', () => RoleGrantInput) input: RoleGrantInput,
  ) {
    await context.services.roles.revoke(requireViewer(context), input);
    return context.services.users.find(input.userId);
  }
}
