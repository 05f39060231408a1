import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BudgetPoolKind } from '../../../generated/prisma/enums.js';

@ObjectType({ description: 'Ballots that approve projects of one pool, by how they were cast.' })
export class PoolParticipation {
  @Field(() => ID)
  poolId!: string;

  @Field(() => String)
  poolName!: string;

  @Field(() => BudgetPoolKind)
  kind!: BudgetPoolKind;

  @Field(() => Int)
  online!: number;

  @Field(() => Int)
  paper!: number;

  @Field(() => Int)
  ballots!: number;
}

@ObjectType({ description: 'Ballots in one age band: from `from` to `to` years, inclusive.' })
export class AgeBandCount {
  @Field(() => Int)
  from!: number;

  @Field(() => Int, { nullable: true, description: 'Null for the oldest, open-ended band.' })
  to!: number | null;

  @Field(() => Int)
  ballots!: number;
}

@ObjectType({ description: 'Ballots by the sex the voter recorded (Pabulib: F or M).' })
export class SexCount {
  @Field(() => String)
  sex!: string;

  @Field(() => Int)
  ballots!: number;
}

@ObjectType({ description: "Ballots cast in a district's pool, and their share of all ballots." })
export class DistrictTurnout {
  @Field(() => ID)
  areaId!: string;

  @Field(() => String)
  areaName!: string;

  @Field(() => ID)
  poolId!: string;

  @Field(() => Int)
  ballots!: number;

  @Field(() => Number, { description: 'ballots / all ballots of the edition, 0 to 1.' })
  share!: number;
}

@ObjectType({
  description:
    'Participation in an edition, counted in the database; age and sex only where ballots record them.',
})
export class BudgetStatistics {
  @Field(() => ID)
  editionId!: string;

  @Field(() => Int)
  ballots!: number;

  @Field(() => Int)
  online!: number;

  @Field(() => Int)
  paper!: number;

  @Field(() => [PoolParticipation])
  pools!: PoolParticipation[];

  @Field(() => [AgeBandCount], { description: 'Empty when no ballot records an age.' })
  ageBands!: AgeBandCount[];

  @Field(() => [SexCount], { description: 'Empty when no ballot records a sex.' })
  sexes!: SexCount[];

  @Field(() => [DistrictTurnout])
  districts!: DistrictTurnout[];
}
