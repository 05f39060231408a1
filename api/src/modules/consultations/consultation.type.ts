import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConsultationStatus, DocumentKind, MeetingKind } from '../../generated/prisma/enums.js';
import { Connection } from '../../graphql/connection.js';

registerEnumType(ConsultationStatus, {
  name: 'ConsultationStatus',
  description: 'DRAFT → ANNOUNCED → OPEN → CLOSED → REPORTED; no step is skipped.',
});
registerEnumType(DocumentKind, { name: 'DocumentKind' });
registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'The forms of consultation the planning act names.',
});

@ObjectType({ description: 'A public consultation run by an organisation unit over an area.' })
export class Consultation {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { description: 'Markdown as written; see descriptionHtml for display.' })
  description!: string;

  @Field(() => ConsultationStatus)
  status!: ConsultationStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  opensAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closesAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  reportPublishedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  unitId!: string;
}

@ObjectType()
export class ConsultationConnection extends Connection(Consultation) {
  @Field(() => Int, { description: 'How many consultations match, across all pages.' })
  totalCount!: number;
}

@ObjectType({ description: 'A tag residents file their comments under.' })
export class Topic {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType()
export class ConsultationDocument {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, {
    description: 'The link, or for an uploaded file the path it is downloaded from (see file).',
  })
  url!: string;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  fileId!: string | null;
}

@ObjectType({ description: 'A meeting held in a place (with a point on the map) or online.' })
export class Meeting {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl!: string | null;
}
