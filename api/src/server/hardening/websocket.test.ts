import { createClient } from 'graphql-ws';
import { describe, expect, onTestFinished, test } from 'vitest';
import WebSocket from 'ws';
import { useTestServer } from '../../../test/server.js';

const production = useTestServer({
  NODE_ENV: 'production',
  PLAC_WS_MAX_SUBSCRIPTIONS: '3',
  PLAC_WS_MAX_SOCKETS_PER_ADDRESS: '4',
  PLAC_WS_MAX_MESSAGE_BYTES: '4096',
  PLAC_ALLOWED_ORIGINS: 'https://plac.example.org',
});

const wsUrl = () => `${production.server.url.replace('http', 'ws')}/graphql`;
const consultationId = '00000000-0000-0000-0000-000000000000';
const added = `subscription { commentAdded(consultationId: "${consultationId}") { id } }`;

function client() {
  const c = createClient({ url: wsUrl(), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  onTestFinished(() => c.dispose());
  return c;
}

/** The first error of a subscription, or 'subscribed' once it has been acknowledged a while. */
function firstError(c: ReturnType<typeof createClient>, query: string) {
  return new Promise<unknown>((resolve) => {
    c.subscribe({ query }, { next: () => {}, error: resolve, complete: () => {} });
    setTimeout(() => resolve('subscribed'), 400);
  });
}

/** How a raw socket ends: its close code, or the HTTP status that refused the upgrade. */
function rawOpen(headers: Record<string, string> = {}) {
  return new Promise<number>((resolve) => {
    const socket = new WebSocket(wsUrl(), 'graphql-transport-ws', { headers });
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('open', () => {
      onTestFinished(() => socket.close());
      resolve(101);
    });
    socket.on('error', () => {});
  });
}

describe('GraphQL over WebSocket has the protections of HTTP', () => {
  test('introspection is off in production, with a reason', async () => {
    const error = (await firstError(client(), '{ __schema { queryType { name } } }')) as {
      extensions?: { reason?: string };
    }[];
    expect(error[0]?.extensions?.reason).toBe('REQUEST_INVALID');
  });

  test('the operation limits apply: a query past the depth limit is refused', async () => {
    const deep = `{ ${'consultations { edges { node { '.repeat(5)}id${' } } }'.repeat(5)} }`;
    const error = (await firstError(client(), deep)) as { extensions?: { reason?: string } }[];
    expect(error[0]?.extensions?.reason).toBe('QUERY_TOO_DEEP');
  });

  test('a page from another origin may not open a socket; one allowed by config may', async () => {
    expect(await rawOpen({ origin: 'https://evil.example.com' })).toBe(403);
    expect(await rawOpen({ origin: 'https://plac.example.org' })).toBe(101);
    expect(await rawOpen()).toBe(101);
  });

  test('a message over the size limit closes the socket', async () => {
    const closed = await new Promise<number>((resolve) => {
      const socket = new WebSocket(wsUrl(), 'graphql-transport-ws');
      socket.on('open', () =>
        socket.send(JSON.stringify({ type: 'x', payload: 'y'.repeat(8000) })),
      );
      socket.on('close', (code) => resolve(code));
    });
    expect(closed).toBe(1009);
  });

  test('a socket holds at most the configured number of subscriptions', async () => {
    const c = client();
    for (let i = 0; i < 3; i++) {
      const outcome = await firstError(c, added);
      expect(outcome, JSON.stringify(outcome)).toBe('subscribed');
    }
    const error = (await firstError(c, added)) as { extensions?: { reason?: string } }[];
    expect(error[0]?.extensions?.reason).toBe('SUBSCRIPTIONS_TOO_MANY');
  });

  test('one address holds at most the configured number of sockets', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push(await rawOpen());
    expect(statuses).toEqual([101, 101, 101, 101, 429]);
  });
});
