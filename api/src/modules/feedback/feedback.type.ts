import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';
import { Topic } from '../consultations/consultation.type.js';

export enum FeedbackGrouping {
  DISTRICT = 'DISTRICT',
  PLAN_ZONE = 'PLAN_ZONE',
  GRID = 'GRID',
}

registerEnumType(FeedbackGrouping, {
  name: 'FeedbackGrouping',
  description: 'How feedbackByArea groups the comments on the map.',
  valuesConfig: {
    DISTRICT: {
      description:
        'Warsaw districts. A comment is counted in every district its geometry intersects, so a ' +
        'line or polygon crossing a border counts in each district it crosses.',
    },
    PLAN_ZONE: {
      description:
        'The zones of the plans linked to the consultation: the zone of each comment (see ' +
        'Comment.zoneId), so a comment counts in one zone only. Comments outside every zone ' +
        'are left out.',
    },
    GRID: {
      description:
        'Square cells of cellMeters a side in EPSG:2180 (the Polish plane grid), aligned to its ' +
        'origin, so that a cell keeps its key across filters. A comment counts in the one cell ' +
        'holding its representative point (a point on the line or area itself).',
    },
  },
});

@ObjectType({ description: 'How many comments take each stance.' })
export class StanceCounts {
  @Field(() => Int)
  support!: number;

  @Field(() => Int)
  objection!: number;

  @Field(() => Int)
  proposal!: number;

  @Field(() => Int)
  question!: number;
}

@ObjectType({ description: 'How many comments are filed under a topic.' })
export class TopicCount {
  @Field(() => Topic, { nullable: true, description: 'Null for comments filed under no topic.' })
  topic!: Topic | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'One area or grid cell that has comments, as a map feature.' })
export class FeedbackCell {
  @Field(() => String, {
    description: 'Stable id: a district slug, a plan zone id, or a grid cell "i,j".',
  })
  key!: string;

  @Field(() => String, { description: 'District name, zone symbol, or grid cell "i,j".' })
  name!: string;

  @Field(() => GeoJSONScalar, {
    description:
      'A MultiPolygon for a district (slightly simplified) or zone, a Polygon for a grid cell.',
  })
  geometry!: unknown;

  @Field(() => Int, { description: 'Comments in this area or cell.' })
  total!: number;

  @Field(() => StanceCounts)
  stances!: StanceCounts;

  @Field(() => [TopicCount], { description: 'Most frequent first.' })
  topics!: TopicCount[];

  @Field(() => Float, {
    description: 'The share of these comments with an official response, 0 to 1.',
  })
  answeredShare!: number;
}
