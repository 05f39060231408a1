/**
 * Hostile requests against Plac in production mode on the embedded database (the one no
 * statement timeout can save): for each, how long until it is refused, and the p99 of a probe
 * query running alongside, against the same probe with no attack in the same run.
 *   npx tsx bench/abuse.ts          (PLAC_URL: measure a running Plac instead)
 */
import { Worker } from 'node:worker_threads';
import WebSocket from 'ws';
import { startPlac } from '../web/e2e/start-plac.js';

type Outcome = { refused: boolean; detail: string };
type Case = { name: string; attack: (url: string) => Promise<Outcome> };

const probeQuery = '{ areas(kind: CITY) { name } }';

async function gql(url: string, query: string, variables = {}, headers = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => ({}))) as {
    data?: Record<string, unknown>;
    errors?: { extensions?: { code?: string; reason?: string } }[];
  };
  return { status: res.status, body, cookie: res.headers.get('set-cookie')?.split(';')[0] };
}

const refusal = (r: Awaited<ReturnType<typeof gql>>): Outcome => {
  const error = r.body.errors?.[0]?.extensions;
  const refused =
    r.status >= 400 || (error !== undefined && error.code !== 'INTERNAL_SERVER_ERROR');
  return { refused, detail: `${r.status} ${error?.reason ?? error?.code ?? 'answered'}` };
};

/**
 * Runs the probe back to back in a worker thread of its own (so that building an attack here
 * does not slow the probe's own event loop) until `done` settles; its latencies in ms.
 */
async function probeWhile(url: string, done: Promise<unknown>) {
  const worker = new Worker(probeWorker, { eval: true, workerData: { url, query: probeQuery } });
  await done.catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 200));
  const latencies = new Promise<number[]>((resolve) => worker.once('message', resolve));
  worker.postMessage('stop');
  const result = await latencies;
  await worker.terminate();
  return result;
}

const probeWorker = `
const { parentPort, workerData } = require('node:worker_threads');
let stopped = false;
const latencies = [];
parentPort.once('message', () => (stopped = true));
(async () => {
  while (!stopped || latencies.length < 20) {
    const start = performance.now();
    await fetch(workerData.url + '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: workerData.query }),
    }).then((r) => r.text());
    latencies.push(performance.now() - start);
    await new Promise((resolve) => setImmediate(resolve));
  }
  parentPort.postMessage(latencies);
})();
`;

const p99 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor(values.length * 0.99))
  ] ?? 0;

function cyclicPlan(levels: number) {
  let selection = '{ id }';
  for (let level = levels; level > 1; level--) {
    selection = level % 2 === 0 ? `{ zones ${selection} }` : `{ plan ${selection} }`;
  }
  return selection;
}

async function demoIds(url: string) {
  const { body } = await gql(
    url,
    '{ consultations(filter: { status: [OPEN] }, first: 5) { edges { node { id plans { id } } } } }',
  );
  const listed: Record<string, unknown> = body.data ?? {};
  const { edges } = listed.consultations as {
    edges: { node: { id: string; plans: { id: string }[] } }[];
  };
  const consultation = edges.find((e) => e.node.plans.length > 0)?.node ?? edges[0]?.node;
  if (!consultation) throw new Error('The demo data has no open consultation');
  const page = await gql(
    url,
    'query ($id: ID!) { comments(consultationId: $id, first: 60) { edges { node { id geometry } } } }',
    {
      id: consultation.id,
    },
  );
  const paged: Record<string, unknown> = page.body.data ?? {};
  const { edges: comments } = paged.comments as {
    edges: { node: { id: string; geometry: { type: string } | null } }[];
  };
  return {
    consultationId: consultation.id,
    planId: consultation.plans[0]?.id,
    commentIds: comments.map((e) => e.node.id),
    point: comments.find((e) => e.node.geometry?.type === 'Point')?.node.geometry,
  };
}

async function newAccount(url: string, i: number) {
  const email = `abuse-${Date.now()}-${i}@example.org`;
  const r = await gql(url, 'mutation ($i: SignUpInput!) { signUp(input: $i) { id } }', {
    i: { email, password: 'a long enough password', displayName: `Abuser ${i}` },
  });
  return r.cookie ?? '';
}

function cases(ids: Awaited<ReturnType<typeof demoIds>>): Case[] {
  const warsaw = {
    type: 'Polygon',
    coordinates: [
      [
        [20.85, 52.1],
        [21.27, 52.1],
        [21.27, 52.37],
        [20.85, 52.37],
        [20.85, 52.1],
      ],
    ],
  };
  return [
    {
      name: 'plan { zones { plan … } } six levels',
      attack: async (url) =>
        refusal(await gql(url, `{ plan(id: "${ids.planId}") ${cyclicPlan(6)} }`)),
    },
    {
      name: '10,000 aliases of areaAt',
      attack: async (url) => {
        const point = '{ type: "Point", coordinates: [21.01, 52.23] }';
        const aliases = Array.from(
          { length: 10_000 },
          (_, i) => `a${i}: areaAt(point: ${point}) { id }`,
        );
        return refusal(await gql(url, `{ ${aliases.join(' ')} }`));
      },
    },
    {
      name: '10 MB consultations text filter',
      attack: async (url) =>
        refusal(
          await gql(
            url,
            'query ($t: String) { consultations(filter: { text: $t }) { totalCount } }',
            {
              t: 'x'.repeat(10 * 1024 * 1024),
            },
          ),
        ),
    },
    {
      name: 'a remark covering the city (refused or clipped to the consultation), then 12 × feedbackByArea GRID 50 m',
      attack: async (url) => {
        const cookie = await newAccount(url, 0);
        const add = await gql(
          url,
          'mutation ($i: AddCommentInput!) { addComment(input: $i) { id clippedToConsultation } }',
          {
            i: {
              consultationId: ids.consultationId,
              body: 'Całe miasto',
              stance: 'OBJECTION',
              geometry: warsaw,
            },
          },
          { cookie },
        );
        const grids = await Promise.all(
          Array.from({ length: 12 }, () =>
            gql(
              url,
              `{ feedbackByArea(consultationId: "${ids.consultationId}", by: GRID, cellMeters: 50) { key } }`,
            ),
          ),
        );
        // The city-wide remark is the attack; grids over the remarks that may exist are allowed.
        const gridsRefused = grids.filter((g) => refusal(g).refused).length;
        const written = add.body.data?.addComment as
          | { clippedToConsultation?: boolean }
          | undefined;
        const clipped = written?.clippedToConsultation === true;
        return {
          refused: refusal(add).refused || clipped,
          detail: `${clipped ? 'clipped' : refusal(add).detail}; ${gridsRefused} of 12 grids refused at once`,
        };
      },
    },
    {
      name: '3 new accounts send 150 reports',
      attack: async (url) => {
        const cookies = await Promise.all([1, 2, 3].map((i) => newAccount(url, i)));
        const results = await Promise.all(
          cookies.flatMap((cookie) =>
            ids.commentIds
              .slice(0, 50)
              .map((id) =>
                gql(
                  url,
                  'mutation ($id: ID!) { reportComment(id: $id, reason: "spam") { id } }',
                  { id },
                  { cookie },
                ),
              ),
          ),
        );
        const limited = results.filter((r) => refusal(r).refused).length;
        return { refused: limited > 100, detail: `${limited} of 150 refused` };
      },
    },
    {
      name: 'one account adds 100 comments',
      attack: async (url) => {
        const cookie = await newAccount(url, 4);
        const point = ids.point;
        let limited = 0;
        let last = '';
        for (let i = 0; i < 100; i++) {
          const r = await gql(
            url,
            'mutation ($i: AddCommentInput!) { addComment(input: $i) { id clippedToConsultation } }',
            {
              i: {
                consultationId: ids.consultationId,
                body: `Uwaga ${i}`,
                stance: 'QUESTION',
                geometry: point,
              },
            },
            { cookie },
          );
          if (refusal(r).refused) {
            limited++;
            last = refusal(r).detail;
          }
        }
        return { refused: limited > 80, detail: `${limited} of 100 refused, last ${last}` };
      },
    },
    {
      name: 'a NUL byte in an anonymous signIn email',
      attack: async (url) =>
        refusal(
          await gql(
            url,
            'mutation { signIn(email: "a\\u0000@b.pl", password: "whatever-password") { id } }',
          ),
        ),
    },
    {
      name: '5,000 subscriptions on one anonymous socket',
      attack: (url) => subscriptionFlood(url, ids.consultationId),
    },
    {
      name: 'a 40 MB WebSocket message',
      attack: (url) =>
        new Promise<Outcome>((resolve) => {
          const socket = new WebSocket(
            `${url.replace('http', 'ws')}/graphql`,
            'graphql-transport-ws',
          );
          socket.on('open', () => socket.send('x'.repeat(40 * 1024 * 1024)));
          socket.on('close', (code) =>
            resolve({ refused: code !== 1000, detail: `closed ${code}` }),
          );
          socket.on('error', () => {});
        }),
    },
  ];
}

function subscriptionFlood(url: string, consultationId: string) {
  return new Promise<Outcome>((resolve) => {
    const socket = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    let errors = 0;
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string };
      if (message.type === 'connection_ack') {
        const query = `subscription { commentAdded(consultationId: "${consultationId}") { id } }`;
        for (let i = 0; i < 5000; i++) {
          socket.send(JSON.stringify({ id: String(i), type: 'subscribe', payload: { query } }));
        }
        setTimeout(() => socket.close(), 1500);
      }
      if (message.type === 'error') errors++;
    });
    socket.on('close', () =>
      resolve({ refused: errors > 4900, detail: `${errors} of 5000 refused` }),
    );
  });
}

process.env.NODE_ENV = 'production';
// Production's rate limits (the e2e suite's Plac multiplies them).
const plac = process.env.PLAC_URL
  ? undefined
  : await startPlac({ env: { PLAC_RATE_LIMIT_FACTOR: '1' } });
const url = process.env.PLAC_URL ?? plac?.url ?? '';
try {
  const ids = await demoIds(url);
  const idle = await probeWhile(url, new Promise((resolve) => setTimeout(resolve, 2000)));
  const idleP99 = p99(idle);
  console.log(`probe ${probeQuery}: idle p99 ${idleP99.toFixed(1)} ms (${idle.length} runs)`);
  console.log('case | refused | time to refusal | probe p99 during | ratio to idle');
  for (const { name, attack } of cases(ids)) {
    const start = performance.now();
    const outcome = attack(url);
    const during = await probeWhile(url, outcome);
    const { refused, detail } = await outcome;
    const ms = performance.now() - start;
    const ratio = p99(during) / idleP99;
    console.log(
      `${name} | ${refused ? 'yes' : 'NO'} (${detail}) | ${ms.toFixed(0)} ms | ${p99(during).toFixed(1)} ms | ${ratio.toFixed(2)}×`,
    );
  }
} finally {
  await plac?.stop();
}
