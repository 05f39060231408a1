import { Field, InputType } from 'type-graphql';
import { GeoJSONScalar } from '../../../geo/geojson.scalar.js';

@InputType({ description: 'One place of a project: where it would be built or run.' })
export class ProjectLocationInput {
  @Field(() => GeoJSONScalar, {
    description: 'A Point, LineString or Polygon (EPSG:4326) inside the pool area.',
  })
  geometry!: unknown;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Only roughly where it is (e.g. "somewhere along this street").',
  })
  illustrative!: boolean;
}
