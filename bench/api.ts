/**
 * `comments(consultationId, filter: { bbox }, first: 100)` over GraphQL against the raw
 * baseline returning the same rows (bench/raw-server.ts): throughput and p99, 10 connections,
 * over 12 boxes of ~700 × 650 m around Warsaw's busiest centres. Goal: ≥ 0.6× raw.
 *   DATABASE_URL=postgresql://…/plac_perf npx tsx --tsconfig api/tsconfig.json bench/api.ts
 * on a database filled by bench/seed.ts (its largest consultation is used).
 */
import pg from 'pg';
import { benchDatabaseUrl, compare, load, printLoads, startPlac, startRaw } from './kit.js';

const centres = [
  [21.012, 52.231],
  [21.005, 52.193],
  [20.975, 52.235],
  [21.035, 52.255],
  [21.04, 52.145],
  [20.95, 52.288],
];
const boxes = centres.flatMap(([x = 0, y = 0]) => [
  [x - 0.005, y - 0.003, x + 0.005, y + 0.003],
  [x + 0.004, y + 0.002, x + 0.014, y + 0.008],
]);

const page = `query ($id: ID!, $bbox: [Float!]!) {
  comments(consultationId: $id, filter: { bbox: $bbox }, first: 100) {
    edges { cursor node { id body stance status geometry zoneId createdAt } }
    pageInfo { hasNextPage endCursor } } }`;

async function largestConsultation(url: string) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; n: number }>(
      `SELECT consultation_id AS id, count(*)::int AS n FROM comment
       GROUP BY consultation_id ORDER BY n DESC LIMIT 1`,
    );
    if (!rows[0]) throw new Error('No remarks: run bench/seed.ts first.');
    return rows[0];
  } finally {
    await client.end();
  }
}

const json = { 'content-type': 'application/json' };

async function main() {
  const url = benchDatabaseUrl();
  const consultation = await largestConsultation(url);
  const [plac, raw] = await Promise.all([startPlac(url), startRaw(url)]);
  try {
    const graphql = boxes.map((bbox) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: json,
      body: JSON.stringify({ query: page, variables: { id: consultation.id, bbox } }),
    }));
    const rawRequests = boxes.map((bbox) => ({
      method: 'POST' as const,
      path: '/comments',
      headers: json,
      body: JSON.stringify({ consultationId: consultation.id, bbox, first: 100 }),
    }));
    // Both answer the same 100 rows for a box (and warm their caches).
    const check = await fetch(`${plac.url}/graphql`, { ...graphql[0], body: graphql[0]?.body });
    const checked = (await check.json()) as { data?: { comments: { edges: unknown[] } } };
    const rawCheck = await fetch(`${raw.url}/comments`, { ...rawRequests[0] });
    const rawRows = ((await rawCheck.json()) as { edges: unknown[] }).edges.length;
    if (checked.data?.comments.edges.length !== rawRows) {
      throw new Error(
        `Plac and raw disagree: ${JSON.stringify(checked).slice(0, 300)} vs ${rawRows}`,
      );
    }
    const options = { connections: 10, seconds: 10 };
    const result = await compare(
      3,
      () => load(raw.url, rawRequests, options),
      () => load(plac.url, graphql, options),
    );
    console.log(
      `consultation with ${consultation.n.toLocaleString('en')} remarks; ${rawRows} rows a page; ${options.connections} connections, ${options.seconds} s a round, best of 3 rounds each`,
    );
    printLoads('comments(bbox, first: 100)', result, '≥ 0.6×');
  } finally {
    await Promise.all([plac.stop(), raw.stop()]);
  }
}

await main();
