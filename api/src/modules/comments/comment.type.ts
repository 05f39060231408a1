import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CommentStance, CommentStatus, PropertyRight } from '../../generated/prisma/enums.js';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';
import { Connection } from '../../graphql/connection.js';
import { Topic } from '../consultations/consultation.type.js';

registerEnumType(CommentStance, { name: 'CommentStance', description: 'What a remark argues.' });
registerEnumType(CommentStatus, {
  name: 'CommentStatus',
  valuesConfig: {
    HIDDEN: { description: 'Hidden by a moderator, or after 3 reports pending review.' },
    WITHDRAWN: { description: 'Withdrawn by its author.' },
  },
});
registerEnumType(PropertyRight, {
  name: 'PropertyRight',
  description: "The author's right to the property a formal remark concerns.",
});

@ObjectType({
  description:
    'A remark on a consultation pinned to the map, a comment on a budget project (text only), ' +
    'or a reply to either. The body and geometry of ' +
    'a hidden or withdrawn comment are shown only to its author, moderators and the planners ' +
    'of the organising unit.',
})
export class Comment {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The plan zone containing the geometry, or overlapping it most; null outside every zone of the linked plans.',
  })
  zoneId!: string | null;

  @Field(() => CommentStance, { nullable: true, description: 'Null for replies.' })
  stance!: CommentStance | null;

  @Field(() => CommentStatus)
  status!: CommentStatus;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  editedAt!: Date | null;

  @Field(() => Boolean, {
    description: 'Filed as a formal remark under art. 8g of the planning act (see `formal`).',
  })
  formalRemark!: boolean;
}

@ObjectType({
  description:
    "A formal remark's personal data: shown to its author, the organising unit's planners and admins.",
})
export class FormalRemark {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  address!: string;

  @Field(() => PropertyRight)
  propertyRight!: PropertyRight;

  @Field(() => [String], { description: 'The cadastral parcels concerned.' })
  parcels!: string[];
}

@ObjectType({ description: 'A comment as it read before an edit.' })
export class CommentVersion {
  @Field(() => String)
  body!: string;

  @Field(() => GeoJSONScalar, { nullable: true })
  geometry!: unknown;

  @Field(() => CommentStance, { nullable: true })
  stance!: CommentStance | null;

  @Field(() => Topic, { nullable: true })
  topic!: Topic | null;

  @Field(() => GraphQLISODateTime, { description: 'When this version was written.' })
  writtenAt!: Date;
}

@ObjectType()
export class CommentConnection extends Connection(Comment) {
  @Field(() => Int, { description: 'How many comments match, across all pages.' })
  totalCount!: number;
}
