/**
 * The remarks' tile endpoint (`/tiles/comments/{z}/{x}/{y}.mvt?consultation=<id>`) under
 * autocannon, over a fixed list of z10–z16 tiles over Warsaw's busiest centres, against the
 * raw baseline (bench/raw-server.ts) running the same ST_AsMVT statement through `pg`.
 * No If-None-Match is sent: every tile is built. Goal: ≥ 0.8× raw.
 *   DATABASE_URL=postgresql://…/plac_perf npx tsx --tsconfig api/tsconfig.json bench/tiles.ts
 * on a database filled by bench/seed.ts (its largest consultation is used).
 */
import pg from 'pg';
import { benchDatabaseUrl, compare, load, printLoads, startPlac, startRaw } from './kit.js';

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

async function main() {
  const url = benchDatabaseUrl();
  const client = new pg.Client(url);
  await client.connect();
  const { rows } = await client.query<{ id: string; n: number }>(
    `SELECT consultation_id AS id, count(*)::int AS n FROM comment
     GROUP BY consultation_id ORDER BY n DESC LIMIT 1`,
  );
  await client.end();
  const consultation = rows[0];
  if (!consultation) throw new Error('No remarks: run bench/seed.ts first.');
  const tiles = centres.flatMap((c) => [10, 11, 12, 13, 14, 15, 16].map((z) => tileOf(c, z)));
  const paths = tiles.map(
    ({ z, x, y }) => `/tiles/comments/${z}/${x}/${y}.mvt?consultation=${consultation.id}`,
  );
  const [plac, raw] = await Promise.all([startPlac(url), startRaw(url)]);
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
    const options = { connections: 10, seconds: 10 };
    const requests = paths.map((path) => ({ method: 'GET' as const, path }));
    const result = await compare(
      3,
      () => load(raw.url, requests, options),
      () => load(plac.url, requests, options),
    );
    console.log(
      `consultation with ${consultation.n.toLocaleString('en')} remarks; ${paths.length} tiles z10–z16 over 4 centres; ${options.connections} connections, ${options.seconds} s a round, best of 3 rounds each`,
    );
    printLoads('comment tiles', result, '≥ 0.8×');
  } finally {
    await Promise.all([plac.stop(), raw.stop()]);
  }
}

await main();
