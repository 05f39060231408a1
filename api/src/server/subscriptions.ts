import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import { type Context, createLoaders, type Services } from '../context.js';
import { readCredentials } from '../modules/identity/request-credentials.js';

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's own port, at /graphql.
 * The socket signs in like a request: the session cookie of the upgrade, or a bearer token
 * in the connection parameters (`authorization`).
 */
export function serveSubscriptions(
  httpServer: Server,
  {
    schema,
    config,
    services,
    log,
  }: { schema: GraphQLSchema; config: Config; services: Services; log: Logger },
) {
  const sockets = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const server = useServer(
    {
      schema,
      context: async ({ extra, connectionParams }): Promise<Context> => {
        const { viewer, problem } = await services.sessions.authenticate(
          readCredentials(extra.request.headers, connectionParams?.authorization),
        );
        return {
          config,
          services,
          loaders: createLoaders(services),
          log,
          viewer,
          credentialProblem: problem,
          ip: extra.request.socket.remoteAddress ?? 'unknown',
          sessionCookie: { set: () => {}, clear: () => {} },
        };
      },
    },
    sockets,
  );
  return { dispose: () => server.dispose() };
}
