/**
 * The remarks' tile endpoint (`/tiles/comments/{z}/{x}/{y}.mvt?consultation=<id>`) under
 * autocannon, over a fixed list of z10–z16 tiles over Warsaw's busiest centres, against the
 * raw baseline (bench/raw-server.ts) running the same ST_AsMVT statement through `pg`.
 * No If-None-Match is sent, and Plac's tile cache is off (PLAC_TILE_CACHE_MB=0): every tile is
 * built, as the raw handler builds it. Goal: ≥ 0.8× raw. A second Plac with its cache on is
 * measured after, for what repeated requests for the same tiles cost.
 *   DATABASE_URL=postgresql://…/plac_perf npx tsx --tsconfig api/tsconfig.json bench/tiles.ts
 * on a database filled by bench/seed.ts (its largest consultation is used). Without
 * DATABASE_URL, Plac's figures alone on the embedded database in PLAC_DATA_DIR (its tiles are
 * encoded in JS; no raw handler can run ST_AsMVT there).
 */
import pg from 'pg';
import { compare, type Load, load, printLoads, startPlac, startRaw } from './kit.js';

const centres = [
  [21.012, 52.231],
  [21.005, 52.193],
  [20.975, 52.235],
  [21.035, 52.255],
];

/** The tile at `zoom` holding a position (Web Mercator, as the slippy-map scheme numbers them). */
function tileOf([lon = 0, lat = 0]: number[], z: number) {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { z, x, y };
}

const options = { connections: 10, seconds: 20 };

const tilePaths = (consultationId: string) =>
  centres
    .flatMap((c) => [10, 11, 12, 13, 14, 15, 16].map((z) => tileOf(c, z)))
    .map(({ z, x, y }) => `/tiles/comments/${z}/${x}/${y}.mvt?consultation=${consultationId}`);

const describeRun = (remarks: number, tiles: number) =>
  `consultation with ${remarks.toLocaleString('en')} remarks; ${tiles} tiles z10–z16 over 4 centres; ${options.connections} connections, ${options.seconds} s a round, best of 3 rounds each`;

async function onServer(url: string) {
  const client = new pg.Client(url);
  await client.connect();
  const { rows } = await client.query<{ id: string; n: number }>(
    `SELECT consultation_id AS id, count(*)::int AS n FROM comment
     GROUP BY consultation_id ORDER BY n DESC LIMIT 1`,
  );
  await client.end();
  const consultation = rows[0];
  if (!consultation) throw new Error('No remarks: run bench/seed.ts first.');
  const paths = tilePaths(consultation.id);
  const [plac, raw, cached] = await Promise.all([
    startPlac(url, { PLAC_TILE_CACHE_MB: '0' }),
    startRaw(url),
    startPlac(url),
  ]);
  try {
    for (const path of paths.slice(0, 3)) {
      const [a, b] = await Promise.all([fetch(plac.url + path), fetch(raw.url + path)]);
      const [bytesA, bytesB] = [
        (await a.arrayBuffer()).byteLength,
        (await b.arrayBuffer()).byteLength,
      ];
      if (a.status !== 200 || bytesA !== bytesB) {
        throw new Error(`${path}: Plac ${a.status} ${bytesA} bytes, raw ${bytesB} bytes`);
      }
    }
    const requests = paths.map((path) => ({ method: 'GET' as const, path }));
    const result = await compare(
      3,
      () => load(raw.url, requests, options),
      () => load(plac.url, requests, options),
    );
    console.log(describeRun(consultation.n, paths.length));
    printLoads('comment tiles', result, '≥ 0.8×');
    await load(cached.url, requests, { ...options, seconds: 5 });
    const fromCache = await load(cached.url, requests, options);
    console.log(
      `  Plac with its tile cache, warmed: ${fromCache.requestsPerSecond.toFixed(1)} req/s  p50 ${fromCache.p50} ms  p99 ${fromCache.p99} ms  failures ${fromCache.failures}`,
    );
  } finally {
    await Promise.all([plac.stop(), raw.stop(), cached.stop()]);
  }
}

/** The embedded database: Plac alone, its bench consultation found over GraphQL. */
async function embedded() {
  if (!process.env.PLAC_DATA_DIR) throw new Error('Set DATABASE_URL, or PLAC_DATA_DIR.');
  const plac = await startPlac(null, { PLAC_TILE_CACHE_MB: '0' });
  try {
    const gql = async <T>(query: string, variables = {}) => {
      const res = await fetch(`${plac.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return ((await res.json()) as { data: T }).data;
    };
    type Edges = { edges: { node: { id: string; title: string } }[] };
    const { consultations } = await gql<{ consultations: Edges }>(
      '{ consultations(first: 50) { edges { node { id title } } } }',
    );
    const bench = consultations.edges.find(({ node }) => node.title.startsWith('Bench:'));
    if (!bench) throw new Error('No bench consultation: run bench/seed.ts first.');
    const { comments } = await gql<{ comments: { totalCount: number } }>(
      'query ($id: ID!) { comments(consultationId: $id, first: 1) { totalCount } }',
      { id: bench.node.id },
    );
    const paths = tilePaths(bench.node.id);
    const requests = paths.map((path) => ({ method: 'GET' as const, path }));
    const rounds: Load[] = [];
    for (let i = 0; i < 3; i++) rounds.push(await load(plac.url, requests, options));
    const best = rounds.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
    console.log(
      `embedded database (JS tile encoder); ${describeRun(comments.totalCount, paths.length)}`,
    );
    console.log(
      `  Plac ${best.requestsPerSecond.toFixed(1)} req/s  p50 ${best.p50} ms  p99 ${best.p99} ms  failures ${best.failures}`,
    );
  } finally {
    await plac.stop();
  }
}

const url = process.env.DATABASE_URL;
await (url ? onServer(url) : embedded());
