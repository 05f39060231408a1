import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AreaResolver } from '../modules/areas/area.resolver.js';

export const resolvers = [AreaResolver] as const;

export function buildPlacSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}

/** The SDL committed in schema/schema.graphql: sorted, so that it diffs cleanly. */
export async function printPlacSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildPlacSchema()))}\n`;
}
