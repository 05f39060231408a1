import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';

@ObjectType({
  description:
    'An account as the staff who verify residents and grant roles see it. To planners, a ' +
    'person holding a role shows only the name and e-mail.',
})
export class Person {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the account was made.' })
  createdAt!: Date;

  @Field(() => Boolean)
  verified!: boolean;

  birthYear!: number | null;
  verifiedAt!: Date | null;
  /** Holds any role: planners see only the name and e-mail of such a person. */
  holdsRole!: boolean;
}

@ObjectType({ description: 'People found, newest accounts first.' })
export class PersonConnection extends Connection(Person) {}

export const accountAgeDays = (createdAt: Date, now = new Date()) =>
  Math.floor((now.getTime() - createdAt.getTime()) / 86_400_000);
