import { auditServer } from 'graphql-http';
import { describe, expect, test } from 'vitest';
import { useTestServer } from '../../../test/server.js';

const development = useTestServer();
const production = useTestServer({ NODE_ENV: 'production' });

const failedMusts = async (url: string) =>
  (await auditServer({ url: `${url}/graphql` }))
    .filter((result) => result.name.startsWith('MUST') && result.status !== 'ok')
    .map((result) => result.name);

describe('the GraphQL over HTTP spec audit (graphql-http)', () => {
  test('in development every MUST passes', async () => {
    expect(await failedMusts(development.server.url)).toEqual([]);
  });

  // These two send `__type(name: …)`, an introspection query, which production refuses.
  test('in production only the MUSTs that need introspection fail', async () => {
    expect(await failedMusts(production.server.url)).toEqual([
      'MUST accept utf-8 encoded request',
      'MUST allow map {variables} parameter when accepting application/json',
    ]);
  });
});
