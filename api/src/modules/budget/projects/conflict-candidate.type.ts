import { Field, Float, ObjectType } from 'type-graphql';
import { Connection } from '../../../graphql/connection.js';
import { BudgetProject } from './project.type.js';

@ObjectType({ description: 'Two projects of an edition marked mutually exclusive.' })
export class ProjectConflict {
  @Field(() => BudgetProject, { description: 'The one with the smaller id.' })
  project!: BudgetProject;

  @Field(() => BudgetProject)
  otherProject!: BudgetProject;
}

@ObjectType({
  description: 'Two located projects of an edition close enough to conflict: a pair to look at.',
})
export class ConflictCandidate extends ProjectConflict {
  @Field(() => Float, { description: 'The shortest distance between their locations, in metres.' })
  distanceMeters!: number;

  @Field(() => Boolean, { description: 'Their locations intersect.' })
  overlapping!: boolean;

  @Field(() => Boolean, { description: 'Marked as conflicting already.' })
  marked!: boolean;
}

@ObjectType()
export class ConflictCandidateConnection extends Connection(ConflictCandidate) {}
