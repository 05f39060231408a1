import type { Geometry } from 'geojson';
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env';

/**
 * `graphql()` types each operation from schema/schema.graphql (the SDL the API emits), so a
 * query that asks for a field the API does not have fails the typecheck.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    DateTimeISO: string;
    GeoJSON: Geometry;
    JSON: unknown;
    JSONObject: Record<string, unknown>;
    /** A calendar day, `YYYY-MM-DD`. */
    LocalDate: string;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
