import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import { UploadedFile } from '../../files/file.type.js';
import { Money } from '../money.js';

/** The statuses a delivery update may move a funded project to, by the status machine. */
export enum DeliveryStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  ABANDONED = 'ABANDONED',
}

registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'SELECTED → IN_PROGRESS → COMPLETED | ABANDONED.',
});

@ObjectType({ description: 'A dated report on delivering a funded project.' })
export class DeliveryUpdate {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => String, { description: 'The day it reports on, YYYY-MM-DD.' })
  reportedOn!: string;

  @Field(() => String)
  body!: string;

  @Field(() => Int, { description: 'Percent delivered, 0–100.' })
  progress!: number;

  @Field(() => Money, { nullable: true, description: 'Spent so far, when reported.' })
  actualCost!: Money | null;

  @Field(() => [UploadedFile], { description: 'Images, in the order given.' })
  photos!: UploadedFile[];

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType({ description: "Where a funded project's delivery stands." })
export class DeliveryProject {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ID)
  poolId!: string;

  @Field(() => ID)
  editionId!: string;

  @Field(() => BudgetProjectStatus)
  status!: BudgetProjectStatus;

  @Field(() => Int, { description: "The latest update's percent; 0 before any." })
  progress!: number;

  @Field(() => Money, { description: 'The cost the project was funded with.' })
  plannedCost!: Money;

  @Field(() => Money, { nullable: true, description: 'The latest actual cost reported.' })
  actualCost!: Money | null;

  @Field(() => String, { nullable: true, description: 'The latest update’s day, YYYY-MM-DD.' })
  lastReportedOn!: string | null;

  @Field(() => Boolean, { description: 'Whether the viewer may report on it.' })
  manageable!: boolean;
}

@ObjectType({ description: "A funded project's delivery with its updates." })
export class ProjectDelivery extends DeliveryProject {
  @Field(() => [DeliveryUpdate], { description: 'Newest first.' })
  updates!: DeliveryUpdate[];
}

@ObjectType({ description: "An edition's funded projects counted by where their delivery stands." })
export class DeliverySummary {
  @Field(() => Int, { description: 'SELECTED: funded, not started.' })
  notStarted!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  completed!: number;

  @Field(() => Int)
  abandoned!: number;
}
