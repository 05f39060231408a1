import { Field, Float, GraphQLISODateTime, ID, InputType } from 'type-graphql';
import { badInput } from '../../errors/domain-error.js';
import { CommentStance, CommentStatus, PropertyRight } from '../../generated/prisma/enums.js';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';
import { characterCount } from '../../graphql/text-argument.js';

export const maxBodyLength = 5000;
const maxParcels = 100;

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  consultationId!: string;

  @Field(() => String, { description: `Plain text, 1 to ${maxBodyLength} characters.` })
  body!: string;

  @Field(() => GeoJSONScalar, {
    description: 'A Point, LineString or Polygon touching the consultation area.',
  })
  geometry!: unknown;

  @Field(() => CommentStance)
  stance!: CommentStance;

  @Field(() => ID, { nullable: true, description: "One of the consultation's topics." })
  topicId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'A formal remark under art. 8g of the planning act; formalName, formalAddress, ' +
      'propertyRight and parcels are then required.',
  })
  formal?: boolean | null;

  @Field(() => String, { nullable: true })
  formalName?: string | null;

  @Field(() => String, { nullable: true })
  formalAddress?: string | null;

  @Field(() => PropertyRight, { nullable: true })
  propertyRight?: PropertyRight | null;

  @Field(() => [String], { nullable: true, description: 'Cadastral parcel numbers.' })
  parcels?: string[] | null;
}

@InputType({
  description: 'What to change; fields left out or null stay. A reply has only a body.',
})
export class EditCommentInput {
  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => GeoJSONScalar, { nullable: true })
  geometry?: unknown;

  @Field(() => CommentStance, { nullable: true })
  stance?: CommentStance | null;

  @Field(() => ID, { nullable: true })
  topicId?: string | null;
}

@InputType()
export class CommentFilter {
  @Field(() => [Float], { nullable: true, description: '[west, south, east, north] in degrees.' })
  bbox?: number[] | null;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Comments touching this geometry.' })
  intersecting?: unknown;

  @Field(() => ID, { nullable: true, description: 'Comments in this administrative area.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Comments in this plan zone.' })
  zoneId?: string | null;

  @Field(() => [CommentStance], { nullable: true })
  stance?: CommentStance[] | null;

  @Field(() => ID, { nullable: true })
  topicId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Written at or after.' })
  since?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Written before.' })
  until?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'With (or without) an official response.' })
  hasResponse?: boolean | null;

  @Field(() => [CommentStatus], {
    nullable: true,
    description: 'VISIBLE unless given; HIDDEN and WITHDRAWN for moderators and the unit planners.',
  })
  status?: CommentStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Replies too, not only remarks.' })
  includeReplies?: boolean | null;
}

/**
 * A trimmed text of `min` to `max` characters (code points, as the database counts), or an
 * error naming `field`: INPUT_REQUIRED when blank, INPUT_TOO_SHORT (`{ min }`) or
 * INPUT_TOO_LONG (`{ max }`).
 */
export function checkText(value: string, field: string, min: number, max: number) {
  const trimmed = value.trim();
  const length = characterCount(trimmed);
  if (length < min) {
    const problem = `must have at least ${min} character(s)`;
    if (length === 0) throw badInput(field, problem, 'INPUT_REQUIRED');
    throw badInput(field, problem, 'INPUT_TOO_SHORT', { min });
  }
  if (length > max) {
    throw badInput(field, `must have at most ${max} characters`, 'INPUT_TOO_LONG', { max });
  }
  return trimmed;
}

export const checkBody = (body: string, field: string) => checkText(body, field, 1, maxBodyLength);

/**
 * The personal data of a formal remark: all of it when `formal` is true, none otherwise, so that
 * nobody leaves an address on an ordinary comment by mistake.
 */
export function checkFormal(input: AddCommentInput) {
  const given = [input.formalName, input.formalAddress, input.propertyRight, input.parcels];
  if (!input.formal) {
    if (given.some((value) => value != null)) {
      const problem = 'must be true to give formal-remark details';
      throw badInput('input.formal', problem, 'COMMENT_FORMAL_NOT_REQUESTED');
    }
    return null;
  }
  const { formalName, formalAddress, propertyRight, parcels } = input;
  const required = (field: string) =>
    badInput(`input.${field}`, 'is required for a formal remark', 'INPUT_REQUIRED');
  if (formalName == null) throw required('formalName');
  if (formalAddress == null) throw required('formalAddress');
  if (propertyRight == null) throw required('propertyRight');
  if (parcels == null || parcels.length === 0 || parcels.length > maxParcels) {
    const problem = `must list 1 to ${maxParcels} parcels for a formal remark`;
    throw badInput('input.parcels', problem, 'INPUT_OUT_OF_RANGE', { min: 1, max: maxParcels });
  }
  return {
    name: checkText(formalName, 'input.formalName', 3, 200),
    address: checkText(formalAddress, 'input.formalAddress', 5, 500),
    propertyRight,
    parcels: parcels.map((p, i) => checkText(p, `input.parcels[${i}]`, 1, 100)),
  };
}
