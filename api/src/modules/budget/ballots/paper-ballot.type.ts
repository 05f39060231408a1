import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../../graphql/connection.js';

/** A paper ballot as the staff entered it: the sheet, never the voter. */
@ObjectType({ description: 'A paper ballot as entered from its sheet; the voter is not shown.' })
export class PaperBallot {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  editionId!: string;

  @Field(() => ID, { nullable: true })
  districtPoolId!: string | null;

  @Field(() => String, { description: 'The reference written on the sheet.' })
  reference!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was entered.' })
  castAt!: Date;

  @Field(() => [ID])
  projectIds!: string[];
}

@ObjectType({ description: "An edition's paper ballots, the last entered first." })
export class PaperBallotConnection extends Connection(PaperBallot) {}
