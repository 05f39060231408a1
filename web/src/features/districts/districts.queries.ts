import type { Geometry } from 'geojson';
import { gql } from 'urql';

// Hand-typed until operations are typed from schema/schema.graphql (gql.tada or codegen).
export type District = {
  id: string;
  name: string;
  slug: string;
  /** GeoJSON geometry (EPSG:4326), a MultiPolygon for districts. */
  geometry: Geometry;
};

export type DistrictsQueryResult = { areas: District[] };
export type DistrictsQueryVariables = Record<string, never>;

/** Warsaw's districts with boundaries simplified for the map (about 10 m tolerance). */
export const DistrictsQuery = gql<DistrictsQueryResult, DistrictsQueryVariables>`
  query Districts {
    areas(kind: DISTRICT) {
      id
      name
      slug
      geometry(simplify: 0.0001)
    }
  }
`;
