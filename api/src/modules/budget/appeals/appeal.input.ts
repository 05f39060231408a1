import { Field, ID, InputType } from 'type-graphql';
import { BudgetAppealDecision } from '../../../generated/prisma/enums.js';

@InputType()
export class AppealInput {
  @Field(() => String)
  text!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Files you uploaded (POST /files).' })
  fileIds!: string[];
}

@InputType()
export class AppealDecisionInput {
  @Field(() => BudgetAppealDecision)
  decision!: BudgetAppealDecision;

  @Field(() => String, { description: 'Public; the authors read it.' })
  justification!: string;
}
