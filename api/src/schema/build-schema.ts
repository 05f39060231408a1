import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { errorReasonEnum } from '../errors/error-reason.enum.js';
import { rateLimitGuard } from '../graphql/rate-limit-guard.js';
import { textGuard } from '../graphql/text-guard.js';
import { authChecker, denyUndeclaredMutations } from '../modules/identity/access.js';
import { resolvers } from '../modules/index.js';
import { createPubSub } from '../realtime/pubsub.js';

/** `pubSub` carries subscription events; the services publish to the same one. */
export async function buildPlacSchema(pubSub: PubSub = createPubSub()): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    pubSub,
    validate: false,
    authChecker,
    authMode: 'error',
    globalMiddlewares: [denyUndeclaredMutations, textGuard, rateLimitGuard],
  });
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, errorReasonEnum] });
}

/** The SDL committed in schema/schema.graphql: sorted, so that it diffs cleanly. */
export async function printPlacSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildPlacSchema()))}\n`;
}
