import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ResponseDecision } from '../../generated/prisma/enums.js';

registerEnumType(ResponseDecision, {
  name: 'ResponseDecision',
  description:
    'How the organiser settled a remark: ACCEPTED, PARTIALLY_ACCEPTED or REJECTED for a ' +
    'proposal or objection; NOT_APPLICABLE when it lies outside the matter consulted; ' +
    'ANSWERED for a question.',
});

@ObjectType({
  description:
    'The organising unit’s answer to a top-level comment, one per comment; editable until the ' +
    'report is published.',
})
export class OfficialResponse {
  @Field(() => ID, { description: 'The comment answered.' })
  commentId!: string;

  @Field(() => ResponseDecision)
  decision!: ResponseDecision;

  @Field(() => String)
  justification!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  responderId!: string;
}
