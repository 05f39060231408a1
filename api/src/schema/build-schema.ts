import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type PubSub } from 'type-graphql';
import { errorReasonEnum } from '../errors/error-reason.enum.js';
import { rateLimitGuard } from '../graphql/rate-limit-guard.js';
import { textGuard } from '../graphql/text-guard.js';
import { authChecker, denyUndeclaredMutations } from '../modules/identity/access.js';
import { resolvers } from '../modules/index.js';
import { createPubSub } from '../realtime/pubsub.js';

/** `pubSub` carries subscription events; the services publish to the same one. */
export async function buildPlacSchema(pubSub: PubSub = createPubSub()): Promise<GraphQLSchema> {
  leavePlainPropertiesSimple();
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

/**
 * A plain property (no resolver method, no `@Authorized`, no middleware of its own) is left to
 * graphql's default resolver. Otherwise type-graphql runs the global middlewares for each one:
 * a chain of promises per property, thousands for a feedback grid or a page of remarks. They
 * still run on every resolver method: root fields and field resolvers alike.
 */
function leavePlainPropertiesSimple() {
  const storage = getMetadataStorage();
  // Fields with a rule of their own, by class: looked up once per field, not scanned.
  const ruled = new Map<unknown, Set<string>>();
  for (const { target, fieldName } of [...storage.authorizedFields, ...storage.middlewares]) {
    ruled.set(target, (ruled.get(target) ?? new Set()).add(fieldName));
  }
  for (const field of storage.fields) {
    const hasRule = ruled.get(field.target)?.has(field.name) ?? false;
    if (field.simple === undefined && !hasRule) field.simple = true;
  }
}

/** The SDL committed in schema/schema.graphql: sorted, so that it diffs cleanly. */
export async function printPlacSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildPlacSchema()))}\n`;
}
