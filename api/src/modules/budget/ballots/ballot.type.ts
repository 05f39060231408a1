import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

/** The voter's own ballot; nobody else's is ever returned (the ballot is secret). */
@ObjectType({ description: 'Your own ballot in an edition.' })
export class Ballot {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  editionId!: string;

  @Field(() => ID, { nullable: true })
  districtPoolId!: string | null;

  @Field(() => GraphQLISODateTime)
  castAt!: Date;

  @Field(() => [ID])
  projectIds!: string[];
}
