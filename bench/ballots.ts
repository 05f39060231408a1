/**
 * A castBallot burst: 1,024 verified voters, 64 ballots in flight, over GraphQL against the same
 * statements sent raw through `pg` (the edition, the named projects, the one writing statement)
 * for another 1,024 voters, and through the raw baseline's HTTP handler (raw-server.ts) for a
 * third 1,024: what an HTTP round trip alone costs; and `{ me { id } }` for the first 1,024
 * voters' tokens, the ceiling of Plac's request path. Each side's ballots and approvals are counted
 * exactly afterwards. Goal: ≥ 0.6× raw ballots per second.
 *   DATABASE_URL=postgresql://…/plac_perf npx tsx --tsconfig api/tsconfig.json bench/ballots.ts
 * on a database filled by bench/seed.ts (its budget edition, in VOTING, is used).
 */
import 'reflect-metadata';
import pg from 'pg';
import { loadConfig } from '../api/src/config.js';
import { createServices } from '../api/src/context.js';
import { openDatabase } from '../api/src/db/database.js';
import { accessTokenOf } from '../api/src/modules/identity/identity.scenario.js';
import { benchDatabaseUrl, ratio, startPlac, startRaw } from './kit.js';
import { castRawBallot } from './raw-ballot.js';

const voters = 1024;
const inFlight = 64;

const mutation = `mutation ($e: ID!, $d: ID, $p: [ID!]!) {
  castBallot(editionId: $e, districtPoolId: $d, projectIds: $p) { id projectIds } }`;

/** Runs `work(i)` for i < count, `inFlight` at a time; ballots per second. */
async function burst(count: number, work: (i: number) => Promise<void>) {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) await work(next++);
    }),
  );
  return count / ((performance.now() - start) / 1000);
}

async function main() {
  const url = benchDatabaseUrl();
  const db = await openDatabase({
    databaseUrl: url,
    dataDir: 'unused',
    poolSize: 4,
    statementTimeoutMs: 60_000,
  });
  const services = createServices(db, loadConfig({ ...process.env, DATABASE_URL: url }));
  const raw = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' });
  const plac = await startPlac(url);
  const rawServer = await startRaw(url);
  try {
    const { rows: editions } = await db.pool.query<{ id: string }>(
      `SELECT e.id FROM budget_edition e JOIN budget_phase_period p ON p.edition_id = e.id
       WHERE p.phase = 'VOTING' AND now() BETWEEN p.starts_at AND p.ends_at AND e.min_age = 0
         AND e.title LIKE 'Bench edition%' ORDER BY e.created_at DESC LIMIT 1`,
    );
    const editionId = editions[0]?.id;
    if (!editionId) throw new Error('No bench edition in VOTING: run bench/seed.ts first.');
    const { rows: ballot } = await db.pool.query<{ poolId: string; projectIds: string[] }>(
      `SELECT pl.id AS "poolId",
         (SELECT array_agg(id) FROM (SELECT p.id FROM budget_project p WHERE p.pool_id = pl.id
           AND p.status = 'ACCEPTED' ORDER BY p.id LIMIT 3) a) ||
         (SELECT array_agg(id) FROM (SELECT p.id FROM budget_project p JOIN budget_pool c
           ON c.id = p.pool_id WHERE c.edition_id = $1 AND c.kind = 'CITYWIDE'
           AND p.status = 'ACCEPTED' ORDER BY p.id LIMIT 2) b) AS "projectIds"
       FROM budget_pool pl WHERE pl.edition_id = $1 AND pl.kind = 'AREA' ORDER BY pl.name LIMIT 1`,
      [editionId],
    );
    const { poolId, projectIds } = ballot[0] ?? { poolId: '', projectIds: [] };
    const { rows: users } = await db.pool.query<{ id: string }>(
      `INSERT INTO app_user (email, password_hash, display_name, birth_year, verified_at,
         verification_method)
       SELECT 'voter-' || gen_random_uuid() || '@bench.plac.local', 'not-a-real-hash',
              'Głosujący ' || i, 1980,
              now(), 'bench'
       FROM generate_series(1, $1::int) i RETURNING id`,
      [3 * voters],
    );
    const [viaApi, viaRaw, viaRawHttp] = [0, 1, 2].map((i) =>
      users.slice(i * voters, (i + 1) * voters),
    ) as [{ id: string }[], { id: string }[], { id: string }[]];
    const tokens: string[] = [];
    for (const user of viaApi) tokens.push((await accessTokenOf(services, user.id)).token);

    const variables = { e: editionId, d: poolId, p: projectIds };
    const api = await burst(voters, async (i) => {
      const res = await fetch(`${plac.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i]}` },
        body: JSON.stringify({ query: mutation, variables }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    });
    // The lightest signed-in request, as a ceiling for any mutation on the same request path.
    const signedIn = await burst(voters, async (i) => {
      const res = await fetch(`${plac.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i]}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    });
    const rawBallot = (i: number, side: { id: string }[]) => ({
      editionId,
      voterId: side[i]?.id ?? '',
      districtPoolId: poolId,
      projectIds,
    });
    const direct = await burst(voters, async (i) => {
      await castRawBallot(raw, rawBallot(i, viaRaw));
    });
    const overHttp = await burst(voters, async (i) => {
      const res = await fetch(`${rawServer.url}/ballot`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(rawBallot(i, viaRawHttp)),
      });
      if (!res.ok) throw new Error(`raw HTTP ballot: ${res.status} ${await res.text()}`);
    });
    const counted = async (ids: { id: string }[]) =>
      (
        await db.pool.query<{ ballots: number; approvals: number }>(
          `SELECT count(DISTINCT b.id)::int AS ballots, count(a.project_id)::int AS approvals
           FROM budget_ballot b JOIN budget_ballot_approval a ON a.ballot_id = b.id
           WHERE b.edition_id = $1 AND b.voter_id = ANY($2::uuid[])`,
          [editionId, ids.map((u) => u.id)],
        )
      ).rows[0];
    const expected = { ballots: voters, approvals: voters * projectIds.length };
    for (const [side, ids] of [
      ['Plac', viaApi],
      ['raw', viaRaw],
      ['raw over HTTP', viaRawHttp],
    ] as const) {
      const got = await counted(ids);
      if (got?.ballots !== expected.ballots || got.approvals !== expected.approvals) {
        throw new Error(`${side}: ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
      }
    }
    console.log(
      `${voters} ballots a side of ${projectIds.length} approvals, ${inFlight} in flight; counts exact on every side (${expected.ballots} ballots, ${expected.approvals} approvals)`,
    );
    console.log(`  raw            ${direct.toFixed(0).padStart(6)} ballots/s`);
    console.log(`  raw over HTTP  ${overHttp.toFixed(0).padStart(6)} ballots/s`);
    console.log(`  Plac           ${api.toFixed(0).padStart(6)} ballots/s`);
    console.log(`  Plac, { me { id } } alone ${signedIn.toFixed(0).padStart(6)} requests/s`);
    console.log(`  ratio ${ratio(api, direct)} of raw (goal ≥ 0.6×)`);
    console.log(`  ratio ${ratio(api, overHttp)} of raw over HTTP`);
  } finally {
    await plac.stop();
    await rawServer.stop();
    await raw.end();
    await db.close();
  }
}

await main();
process.exit(0);
