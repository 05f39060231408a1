import type { IncomingMessage, Server } from 'node:http';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  specifiedRules,
  validate,
} from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { type Extra, useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import { type Context, createLoaders, type Services } from '../context.js';
import { checkCost, parseWithinLimits, shapeRules } from '../graphql/operation-limits.js';
import { readCredentials } from '../modules/identity/request-credentials.js';
import { formatError } from './format-error.js';
import { originAllowed } from './origin.js';

type Deps = {
  schema: GraphQLSchema;
  config: Config;
  services: Services;
  log: Logger;
  clientAddress: (req: IncomingMessage) => string;
};

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's own port, at /graphql, with the
 * protections of HTTP: the same operation limits, introspection policy and error formatting,
 * an Origin check, a message size limit, and caps on sockets per address and subscriptions
 * per socket. The socket signs in like a request: the session cookie of the upgrade, or a
 * bearer token in the connection parameters (`authorization`).
 */
export function serveSubscriptions(httpServer: Server, deps: Deps) {
  const { config, clientAddress } = deps;
  const socketsOf = new Map<string, number>();
  const sockets = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: config.webSocket.maxMessageBytes,
    verifyClient: ({ req }, done) => {
      if (!originAllowed(req.headers, config.allowedOrigins)) return done(false, 403, 'Origin');
      const open = socketsOf.get(clientAddress(req)) ?? 0;
      if (open >= config.webSocket.maxSocketsPerAddress) return done(false, 429, 'Too many');
      done(true);
    },
  });
  sockets.on('connection', (socket, req) => {
    const address = clientAddress(req);
    socketsOf.set(address, (socketsOf.get(address) ?? 0) + 1);
    socket.once('close', () => {
      const left = (socketsOf.get(address) ?? 1) - 1;
      if (left > 0) socketsOf.set(address, left);
      else socketsOf.delete(address);
    });
  });
  const server = useServer(graphqlWsOptions(deps), sockets);
  return { dispose: () => server.dispose() };
}

function graphqlWsOptions({
  schema,
  config,
  services,
  log,
  clientAddress,
}: Deps): ServerOptions<Record<string, unknown> | undefined, Extra> {
  const format = formatError(log);
  const production = config.env === 'production';
  const formatted = (errors: readonly GraphQLError[]) =>
    errors.map((error) => {
      const shown = format(error.toJSON(), error);
      return production ? { ...shown, message: withoutSuggestions(shown.message) } : shown;
    });
  const rules = [
    ...specifiedRules,
    ...shapeRules(config.operationLimits),
    ...(config.graphqlExplorer ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  return {
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
        ip: clientAddress(extra.request),
        sessionCookie: { set: () => {}, clear: () => {} },
      };
    },
    onSubscribe: (ctx, _id, payload) => {
      // graphql-ws has already reserved this subscription's place.
      if (Object.keys(ctx.subscriptions).length > config.webSocket.maxSubscriptions) {
        return [tooManySubscriptions(config.webSocket.maxSubscriptions)];
      }
      let document: DocumentNode;
      try {
        document = parseWithinLimits(payload.query, config.operationLimits);
      } catch (error) {
        return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
      }
      const errors = validate(schema, document, rules);
      if (errors.length > 0)
        return errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
      try {
        checkCost(schema, document, payload, config.operationLimits);
      } catch (error) {
        return [error as GraphQLError];
      }
      return undefined;
    },
    onError: (_ctx, _id, _payload, errors) => formatted(errors),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: formatted(result.errors) } : undefined,
  };
}

const tooManySubscriptions = (max: number) =>
  new GraphQLError(`This socket has ${max} subscriptions already; close one first.`, {
    extensions: { code: 'RATE_LIMITED', reason: 'SUBSCRIPTIONS_TOO_MANY', params: { max } },
  });

/** GraphQL's own errors carry no code; Apollo gives them these, and so does the socket. */
function withCode(error: unknown, code: string): GraphQLError {
  if (!(error instanceof GraphQLError))
    return new GraphQLError(String(error), { extensions: { code } });
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { ...error.extensions, code },
  });
}

// As Apollo's hideSchemaDetailsFromClientErrors: a stranger learns no field names from typos.
const withoutSuggestions = (message: string) => message.replace(/ ?Did you mean(.+?)\?$/, '');
