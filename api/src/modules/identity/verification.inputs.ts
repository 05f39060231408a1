import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { badInput } from '../../errors/domain-error.js';
import { IdentityDocument, VerificationMethod } from '../../generated/prisma/enums.js';
import { checkLength } from '../../graphql/text-argument.js';

@InputType({ description: 'What the verifier checked. There is no field for the document number.' })
export class VerificationInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => VerificationMethod)
  method!: VerificationMethod;

  @Field(() => IdentityDocument, { description: 'The kind of document seen.' })
  document!: IdentityDocument;

  @Field(() => LocalDateResolver, { description: 'The day it was checked; not in the future.' })
  checkedOn!: string;

  @Field(() => ID, {
    description: 'The verifying unit: for a planner, a district office of theirs.',
  })
  unitId!: string;

  @Field(() => Int, { nullable: true, description: 'The birth year seen on the document.' })
  birthYear?: number | null;
}

/** Today's date in Warsaw, where the offices are, as YYYY-MM-DD. */
export const warsawToday = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(now);

/** The day a document was checked: not after today, not before the account was made. */
export function checkCheckedOn(checkedOn: string, accountCreatedOn: string, field: string) {
  const today = warsawToday();
  if (checkedOn > today)
    throw badInput(field, `must be today (${today}) or earlier`, 'VERIFICATION_DATE_IN_FUTURE', {
      latest: today,
    });
  if (checkedOn < accountCreatedOn)
    throw badInput(
      field,
      `must be on or after the day the account was made (${accountCreatedOn})`,
      'VERIFICATION_DATE_BEFORE_ACCOUNT',
      { earliest: accountCreatedOn },
    );
  return checkedOn;
}

export const checkRevokeReason = (reason: string, field = 'reason') =>
  checkLength(reason, field, 3, 500);
