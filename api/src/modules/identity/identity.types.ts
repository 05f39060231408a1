import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AccessTokenScope, Role } from '../../generated/prisma/enums.js';
import { OrganisationUnit } from '../units/unit.type.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'A role beyond RESIDENT, which everyone who signs up holds.',
  valuesConfig: {
    MODERATOR: { description: 'Hides and restores content, city-wide.' },
    PLANNER: { description: "Manages one organisation unit's consultations and budget projects." },
    ADMIN: { description: 'Manages units, roles and editions.' },
  },
});

registerEnumType(AccessTokenScope, {
  name: 'AccessTokenScope',
  description: 'What a request signed in with an access token may do; a session may do all.',
  valuesConfig: {
    READ: { description: 'Queries and subscriptions; every token has it.' },
    WRITE: { description: 'Mutations.' },
    ADMIN: { description: "The admin role's powers, for a token of an admin." },
  },
});

@ObjectType({ description: 'A person taking part. The email is shown only to them and to admins.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: 'The public name; "Former participant" once the account is deleted.',
  })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Visible to the user and to admins only.' })
  email!: string | null;

  @Field(() => Boolean, {
    description: 'Verified as a resident, which voting in the budget requires.',
  })
  verified!: boolean;

  @Field(() => Int, { nullable: true, description: 'Visible to the user and to admins only.' })
  birthYear!: number | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'A role a user holds; a PLANNER role names its unit.' })
export class RoleGrant {
  @Field(() => Role)
  role!: Role;

  @Field(() => OrganisationUnit, { nullable: true })
  unit!: OrganisationUnit | null;
}

@ObjectType({
  description: 'A personal access token for API clients (the secret itself is never shown again).',
})
export class AccessToken {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [AccessTokenScope])
  scopes!: AccessTokenScope[];

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null: it never expires.' })
  expiresAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType()
export class CreatedAccessToken {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`. Shown this once.' })
  token!: string;

  @Field(() => AccessToken)
  accessToken!: AccessToken;
}
