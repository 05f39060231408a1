import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, test } from 'vitest';
import { useTestServer } from '../../test/server.js';

const logLines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(JSON.parse(String(chunk)));
    done();
  },
});
const { server, gql } = useTestServer({}, pino({ level: 'info' }, sink));

describe('the HTTP server', () => {
  test('/healthz says the process is alive', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  test('/config.json tells the web client to use its own map style unless one is configured', async () => {
    const res = await fetch(`${server.url}/config.json`);
    expect(await res.json()).toEqual({ mapStyleUrl: null, mapAttribution: null });
  });

  test('/readyz says the database answers and migrations are applied', async () => {
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  test('logs one JSON line per request, with its duration', async () => {
    await gql('{ areas(kind: CITY) { name } }');
    const line = logLines.find((l) => (l.req as { url?: string })?.url === '/graphql');
    expect(line).toMatchObject({ msg: 'request completed', res: { statusCode: 200 } });
    expect(line?.responseTime).toEqual(expect.any(Number));
  });

  test('serves an explorer with no external assets to a browser at /graphql', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('Plac GraphQL');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  test('refuses a form-encoded cross-site POST (CSRF prevention)', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(res.status).toBe(400);
  });

  test('answers a body that is not JSON with a coded GraphQL error', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  test('an unknown field is a validation error, not a 500', async () => {
    const { errors } = await gql('{ nothingHere }');
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
