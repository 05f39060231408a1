import {
  Arg,
  Authorized,
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { Role } from '../../generated/prisma/enums.js';
import { Connection } from '../../graphql/connection.js';
import { OrganisationUnit } from '../units/unit.type.js';
import { requireViewer } from './access.js';
import { RoleGrant } from './identity.types.js';
import { accountAgeDays, Person, PersonConnection } from './person.type.js';
import { Verification, VerificationRequest } from './verification.types.js';
import { isAdmin } from './viewer.js';

@ObjectType({ description: 'A role held, with who holds it.' })
class RoleHolder {
  @Field(() => ID)
  id!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => OrganisationUnit, { nullable: true, description: "A PLANNER role's unit." })
  unit!: OrganisationUnit | null;

  @Field(() => GraphQLISODateTime, { description: 'When the role was granted.' })
  createdAt!: Date;

  userId!: string;
}

@ObjectType({ description: 'Role holders, longest-held first.' })
class RoleHolderConnection extends Connection(RoleHolder) {}

/** Beyond name and e-mail: admins see everyone's; planners those of people holding no role. */
const seesDetails = ({ viewer }: Context, person: Person) =>
  isAdmin(viewer) || viewer?.userId === person.id || !person.holdsRole;

@Resolver(() => Person)
export class PeopleResolver {
  @Authorized('PLANNER')
  @Query(() => PersonConnection, {
    description:
      'Accounts whose e-mail starts with, or whose name contains, the search (3 to 200 ' +
      'characters; case and accents ignored). Admins and planners of a district office.',
  })
  people(
    @Ctx() context: Context,
    @Arg('search', () => String) search: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most 50.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    return context.services.people.find(requireViewer(context), search, { first, after });
  }

  @Authorized('ADMIN')
  @Query(() => RoleHolderConnection, {
    description: 'Who holds a role (every role if none given).',
  })
  roleHolders(
    @Ctx() { services }: Context,
    @Arg('role', () => Role, { nullable: true }) role: Role | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 50.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    return services.people.roleHolders(role, { first, after });
  }

  @FieldResolver(() => Int, { description: 'Whole days since the account was made.' })
  accountAgeDays(@Root() person: Person) {
    return accountAgeDays(person.createdAt);
  }

  @FieldResolver(() => Int, { nullable: true })
  birthYear(@Root() person: Person, @Ctx() context: Context) {
    return seesDetails(context, person) ? person.birthYear : null;
  }

  @Extensions({ listSize: 5 })
  @FieldResolver(() => [RoleGrant], { nullable: true })
  roles(@Root() person: Person, @Ctx() context: Context) {
    return seesDetails(context, person) ? context.loaders.roles.load(person.id) : null;
  }

  @FieldResolver(() => Verification, { nullable: true, description: 'The active verification.' })
  verification(@Root() person: Person, @Ctx() context: Context) {
    return seesDetails(context, person) ? context.loaders.verification.load(person.id) : null;
  }

  @FieldResolver(() => VerificationRequest, { nullable: true, description: 'An open request.' })
  verificationRequest(@Root() person: Person, @Ctx() context: Context) {
    return seesDetails(context, person)
      ? context.loaders.openVerificationRequest.load(person.id)
      : null;
  }
}

@Resolver(() => RoleHolder)
export class RoleHolderResolver {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() holder: RoleHolder, @Ctx() { loaders }: Context) {
    return loaders.person.load(holder.userId);
  }
}
