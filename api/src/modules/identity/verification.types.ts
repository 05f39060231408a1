import { LocalDateResolver } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  IdentityDocument,
  VerificationMethod,
  VerificationRequestOutcome,
} from '../../generated/prisma/enums.js';
import { Connection } from '../../graphql/connection.js';
import { OrganisationUnit } from '../units/unit.type.js';

registerEnumType(VerificationMethod, {
  name: 'VerificationMethod',
  description: 'How a resident proved who they are.',
  valuesConfig: {
    IN_PERSON: { description: 'In person, at the office.' },
    LETTER: { description: 'By a letter with a copy of the document.' },
    ELECTRONIC: { description: 'Electronically: ePUAP, profil zaufany, mObywatel.' },
  },
});

registerEnumType(IdentityDocument, {
  name: 'IdentityDocument',
  description: 'The kind of document seen. Its number is never recorded: Plac has no field for it.',
  valuesConfig: {
    ID_CARD: { description: 'Dowód osobisty.' },
    PASSPORT: { description: 'Paszport.' },
    RESIDENCE_CARD: { description: 'Karta pobytu.' },
    MOBILE_ID: { description: 'mObywatel.' },
    TRUSTED_PROFILE: { description: 'Profil zaufany.' },
  },
});

registerEnumType(VerificationRequestOutcome, {
  name: 'VerificationRequestOutcome',
  valuesConfig: {
    VERIFIED: { description: 'The resident was verified.' },
    WITHDRAWN: { description: 'The resident withdrew the request.' },
  },
});

@ObjectType({ description: 'How a resident was verified; never the document number.' })
export class Verification {
  @Field(() => ID)
  id!: string;

  @Field(() => VerificationMethod)
  method!: VerificationMethod;

  @Field(() => IdentityDocument)
  document!: IdentityDocument;

  @Field(() => LocalDateResolver, { description: 'The day the document was checked.' })
  checkedOn!: string;

  @Field(() => OrganisationUnit, { description: 'The unit that verified.' })
  unit!: OrganisationUnit;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revokeReason!: string | null;

  verifiedById!: string;
}

@ObjectType({ description: "A resident's request to be verified." })
export class VerificationRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationUnit, {
    nullable: true,
    description: 'Where the resident would like to be verified; null: any office.',
  })
  unit!: OrganisationUnit | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => VerificationRequestOutcome, { nullable: true })
  outcome!: VerificationRequestOutcome | null;

  userId!: string;
}

@ObjectType({ description: 'Open verification requests, oldest first.' })
export class VerificationRequestConnection extends Connection(VerificationRequest) {
  @Field(() => Int, { description: 'How many open requests the viewer sees in all.' })
  totalCount!: number;
}
