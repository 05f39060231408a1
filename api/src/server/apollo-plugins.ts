import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { checkCost, type OperationLimits } from '../graphql/operation-limits.js';

/** The cost limit, once the operation and its variables are known, before anything runs. */
export function costLimitPlugin(
  schema: GraphQLSchema,
  limits: OperationLimits,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          checkCost(schema, document, request, limits);
        },
      };
    },
  };
}

/** A request the database could not serve answers 503, so that a balancer or client retries. */
export const databaseOutagePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        if (errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
          response.http.status = 503;
        }
      },
    };
  },
};
