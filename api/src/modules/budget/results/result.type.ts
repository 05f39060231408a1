import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../money.js';
import { ProjectOutcome } from './project-outcome.js';

/** Counts only: how many approved a project, never who. */
@ObjectType()
export class ProjectResult {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Money)
  cost!: Money;

  @Field(() => Int)
  votes!: number;

  @Field(() => Boolean)
  selected!: boolean;

  @Field(() => ProjectOutcome, {
    nullable: true,
    description: 'Why it was funded or not; null in a tally stored before outcomes were.',
  })
  outcome!: ProjectOutcome | null;

  @Field(() => String, {
    nullable: true,
    description: 'With outcome CONFLICT: the title of the funded project it conflicts with.',
  })
  conflictWith!: string | null;
}

@ObjectType({ description: "A pool's tally; frozen once published." })
export class PoolResult {
  @Field(() => ID)
  poolId!: string;

  @Field(() => String)
  poolName!: string;

  @Field(() => String, { description: 'greedy, or equalshares/add1 | equalshares/add1u.' })
  rule!: string;

  @Field(() => Money)
  budget!: Money;

  @Field(() => Money)
  cost!: Money;

  @Field(() => Money)
  leftover!: Money;

  @Field(() => [ProjectResult], { description: 'Selected first, in the order funded.' })
  projects!: ProjectResult[];

  @Field(() => String, {
    nullable: true,
    description: 'JSON: the lot seed, tied projects and winners; and conflicts that skipped one.',
  })
  log!: string | null;

  @Field(() => GraphQLISODateTime)
  talliedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;
}
