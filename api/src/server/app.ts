import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Context, Services } from '../context.js';
import type { Database } from '../db/database.js';
import { shapeRules } from '../graphql/operation-limits.js';
import { moduleRoutes } from '../modules/index.js';
import { costLimitPlugin, databaseOutagePlugin } from './apollo-plugins.js';
import { authenticate, jsonBody } from './authenticate.js';
import { clientAddressOf } from './client-address.js';
import { clientConfig } from './client-config.js';
import { compressResponses } from './compression.js';
import { concurrencyLimit } from './concurrency-limit.js';
import { explorerPage, explorerScript, explorerStyle } from './explorer.js';
import { formatError } from './format-error.js';
import { healthz, readyz } from './health.js';
import { payloadTooLarge } from './payload-too-large.js';
import { createRequestContext } from './request-context.js';
import { requestLog } from './request-log.js';
import { securityHeaders } from './security-headers.js';
import { serveSubscriptions } from './subscriptions.js';
import { tokenLimit } from './token-limit.js';

export type AppDeps = {
  config: Config;
  db: Database;
  services: Services;
  schema: GraphQLSchema;
  log: Logger;
};

/** One HTTP server: GraphQL at /graphql, health at /healthz and /readyz, the web app at /. */
export async function createApp({ config, db, services, schema, log }: AppDeps) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = createServer(app);
  const subscriptions = serveSubscriptions(httpServer, {
    schema,
    config,
    services,
    log,
    clientAddress: clientAddressOf(app),
  });
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: formatError(log),
    includeStacktraceInErrorResponses: false,
    introspection: config.graphqlExplorer,
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    validationRules: shapeRules(config.operationLimits),
    // main.ts owns shutdown: the HTTP server drains, then the database closes.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: async () => subscriptions.dispose() }) },
      ApolloServerPluginLandingPageDisabled(),
      costLimitPlugin(schema, config.operationLimits),
      databaseOutagePlugin,
    ],
  });
  await apollo.start();

  app.use(requestLog(log), securityHeaders(config), ...compressResponses());
  app.get('/healthz', healthz);
  app.get('/readyz', readyz(db));
  app.get('/config.json', (_req, res) => res.json(clientConfig(config)));
  if (config.graphqlExplorer) {
    app.get('/graphql', (req, res, next) =>
      req.accepts(['json', 'html']) === 'html' ? res.type('html').send(explorerPage) : next(),
    );
    app.get('/graphql/explorer.js', (_req, res) => res.type('js').send(explorerScript));
    app.get('/graphql/explorer.css', (_req, res) => res.type('css').send(explorerStyle));
  }
  // One count per address over GraphQL and the module routes (tiles, files, exports, reports).
  const perAddress = concurrencyLimit(config.maxConcurrentPerAddress, (req) => req.ip ?? 'unknown');
  app.use(
    '/graphql',
    perAddress,
    authenticate(services),
    jsonBody(config.bodyLimit),
    payloadTooLarge,
    tokenLimit(config.operationLimits),
    expressMiddleware(apollo, {
      context: (request) => createRequestContext(request, { config, services }),
    }),
  );
  app.use(perAddress, moduleRoutes(services));
  const { webDist } = config;
  if (existsSync(webDist)) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => res.sendFile(join(webDist, 'index.html')));
  }
  return {
    /** Starts listening; resolves to the port (useful with port 0). */
    async listen(port: number, host: string) {
      await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
      return (httpServer.address() as AddressInfo).port;
    },
    /** Drains in-flight requests, then lets go of what the services hold. */
    async stop() {
      await apollo.stop();
      await services.rateLimits.close();
    },
  };
}
