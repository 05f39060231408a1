import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A delivery update; photos are image uploads (POST /files).' })
export class DeliveryUpdateInput {
  @Field(() => String, { description: 'The day it reports on, YYYY-MM-DD, not after today.' })
  reportedOn!: string;

  @Field(() => String)
  body!: string;

  @Field(() => Int, { description: 'Percent delivered, 0–100.' })
  progress!: number;

  @Field(() => String, { nullable: true, description: 'Spent so far, in grosze.' })
  actualCostGrosze?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  photoIds!: string[];
}
