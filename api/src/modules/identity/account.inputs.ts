import { Field, InputType, Int } from 'type-graphql';

@InputType()
export class SignUpInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'At least 12 characters.' })
  password!: string;

  @Field(() => String, { description: 'Shown publicly with what you write.' })
  displayName!: string;

  @Field(() => Int, { nullable: true, description: "For the budget vote's age limit." })
  birthYear?: number | null;
}

@InputType()
export class ProfileInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => Int, { nullable: true })
  birthYear?: number | null;
}
