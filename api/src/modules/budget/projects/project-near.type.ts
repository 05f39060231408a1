import { Field, Float, ObjectType } from 'type-graphql';
import { BudgetProject } from './project.type.js';

@ObjectType({ description: 'A candidate conflict: a located project near another one.' })
export class NearProject {
  @Field(() => BudgetProject)
  project!: BudgetProject;

  @Field(() => Float, { description: 'The shortest distance between their locations, in metres.' })
  distanceMeters!: number;
}
