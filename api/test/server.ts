import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createServices } from '../src/context.js';
import { buildPlacSchema } from '../src/schema/build-schema.js';
import { createApp } from '../src/server/app.js';
import { useTestDatabase } from './database.js';

export type GraphQLResponse<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: {
      code?: string;
      reason?: string;
      field?: string;
      params?: Record<string, string | number>;
    };
  }[];
};

/** The real HTTP server on a free port, against the run's database. */
export function useTestServer(env: NodeJS.ProcessEnv = {}, log = pino({ level: 'silent' })) {
  const db = useTestDatabase();
  // Each server counts on its own (REDIS_URL is shared by the run's files), and generously:
  // the tests of the limits themselves ask for PLAC_RATE_LIMIT_FACTOR 1 and a low concurrency.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    REDIS_KEY_PREFIX: `plac-test-${randomUUID()}`,
    PLAC_RATE_LIMIT_FACTOR: '50',
    PLAC_MAX_CONCURRENT_PER_ADDRESS: '10000',
    ...env,
  });
  const services = createServices(db, config);
  const server = { url: '' };
  let stop = async () => {};
  beforeAll(async () => {
    const app = await createApp({
      config,
      db,
      services,
      schema: await buildPlacSchema(services.pubSub),
      log,
    });
    server.url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
    stop = () => app.stop();
  });
  afterAll(() => stop());

  /** A POST to /graphql; `headers` carry a cookie or a bearer token. */
  async function request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { res, body: (await res.json()) as GraphQLResponse<T> };
  }

  async function gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ) {
    return (await request<T>(query, variables)).body;
  }
  return { server, db, services, gql, request };
}
