import type { Server } from 'node:http';
import { parse as parseCookies } from 'cookie';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import { type Context, createLoaders, type Services } from '../context.js';
import { sessionCookieName } from './request-context.js';

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
        const header = connectionParams?.authorization;
        const bearer =
          typeof header === 'string' ? header.match(/^Bearer\s+(\S+)$/i)?.[1] : undefined;
        const sessionSecret = parseCookies(extra.request.headers.cookie ?? '')[sessionCookieName];
        const { viewer, problem } = await services.sessions.authenticate({ bearer, sessionSecret });
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
