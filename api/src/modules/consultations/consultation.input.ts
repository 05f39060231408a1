import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { badInput } from '../../errors/domain-error.js';
import { DocumentKind, MeetingKind } from '../../generated/prisma/enums.js';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';

@InputType()
export class ConsultationInput {
  @Field(() => String, { nullable: true, description: '3 to 200 characters; required to create.' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  description?: string | null;

  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: "A Polygon or MultiPolygon; by default the organising unit's district.",
  })
  area?: unknown;

  @Field(() => GraphQLISODateTime, { nullable: true })
  opensAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closesAt?: Date | null;

  @Field(() => [String], { nullable: true, description: 'Topics comments are filed under.' })
  topics?: string[] | null;
}

@InputType({ description: 'A document: a link (url) or a file uploaded to POST /files (fileId).' })
export class DocumentInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'http(s) address of the document.' })
  url?: string | null;

  @Field(() => ID, { nullable: true, description: 'A file you uploaded.' })
  fileId?: string | null;

  @Field(() => DocumentKind)
  kind!: DocumentKind;
}

@InputType()
export class MeetingInput {
  @Field(() => String)
  title!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: 'A Point picked on the map; a point, an address or an online link is needed.',
  })
  place?: unknown;

  @Field(() => String, { nullable: true, description: 'Up to 500 characters.' })
  address?: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl?: string | null;
}

export function checkUrl(value: string, field: string) {
  if (!/^https?:\/\/\S+$/.test(value)) throw badInput(field, 'must be an http or https address');
  return value;
}

export function checkPeriod(
  start: Date | null | undefined,
  end: Date | null | undefined,
  endField: string,
) {
  if (start && end && end <= start) {
    throw badInput(endField, 'must come after the start', 'CONSULTATION_PERIOD_INVALID');
  }
}
