import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
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

@InputType()
class VerificationInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => String, {
    description: 'How the person was verified, e.g. "ID card at the district office".',
  })
  method!: string;

  @Field(() => Int, { nullable: true, description: 'The birth year seen on the document.' })
  birthYear?: number | null;
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

  @Authorized('PLANNER')
  @Mutation(() => User, {
    description: 'Marks a resident verified (admins, planners of a district office).',
  })
  verifyResident(
    @Ctx() context: Context,
    @Arg('input', () => VerificationInput) input: VerificationInput,
  ) {
    return context.services.roles.verify(requireViewer(context), input);
  }
}
