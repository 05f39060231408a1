import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTestDatabase } from '../../../../test/database.js';
import { createUser } from '../../../../test/scenario.js';
import { toViewer } from '../../identity/viewer.js';
import { createBudgetServices } from '../budget.services.js';
import { runBudgetCli } from '../cli/budget-cli.js';
import { greedy } from '../tally/greedy.js';
import { instanceFromPabulib } from '../tally/instance.js';
import { parsePabulib } from './pabulib.parse.js';

const db = useTestDatabase();
const budget = createBudgetServices(db, 10_000);
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8');
// The fixture has CRLF line ends; the tests edit lines, so they work on LF.
const rembertow = fixture('poland_warszawa_2021_rembertow.pb').replace(/\r\n/g, '\n');

/** Runs the CLI in memory against the test database. */
async function cli(args: string[], files: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await runBudgetCli(args, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('no such file');
      return text;
    },
    database: async () => db,
  });
  return { code, out, err };
}

/** An admin viewer, as the resolvers would pass it. */
const admin = async () =>
  toViewer(
    {
      id: (await createUser(db, 'admin')).id,
      verifiedAt: null,
      birthYear: null,
      roles: [{ role: 'ADMIN', unitId: null }],
    },
    null,
  );

const editionCount = async () =>
  (await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM budget_edition')).rows[0]?.n;

test('import then export gives the same file back (projects, votes, ballots)', async () => {
  const imported = await cli(['import', 'r.pb'], { 'r.pb': rembertow });
  expect(imported.code, imported.err).toBe(0);
  const editionId = imported.out.trim();
  const exported = await cli(['export', editionId]);
  expect(exported.code, exported.err).toBe(0);
  const [before, after] = [parsePabulib(rembertow), parsePabulib(exported.out)];
  expect(after.budgetGrosze).toBe(before.budgetGrosze);
  expect(after.meta).toMatchObject({ ...before.meta });
  const project = (p: (typeof before.projects)[number]) => ({
    id: p.id,
    cost: p.costGrosze,
    name: p.name,
    category: p.category,
    target: p.target,
    selected: p.selected,
    fields: p.fields,
  });
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect(after.projects.map(project).sort(byId)).toEqual(before.projects.map(project).sort(byId));
  const ballot = (b: (typeof before.ballots)[number]) => ({
    voterId: b.voterId,
    vote: [...b.vote].sort(),
    fields: b.fields,
  });
  const byVoter = (a: { voterId: string }, b: { voterId: string }) =>
    a.voterId.localeCompare(b.voterId);
  expect(after.ballots.map(ballot).sort(byVoter)).toEqual(before.ballots.map(ballot).sort(byVoter));
  // votes are recounted from the ballots; the file's own column agrees with them.
  const counted = new Map(after.projects.map((p) => [p.id, p.votes]));
  const disagree = before.projects.filter((p) => p.votes !== counted.get(p.id));
  expect(disagree.map((p) => p.id)).toEqual([]);
});

test('a tally from the database equals the pure tally of the same file', async () => {
  const { out } = await cli(['import', 'r.pb'], { 'r.pb': rembertow });
  const editionId = out.trim();
  const results = await budget.results.tally(await admin(), editionId);
  const { rows } = await db.pool.query<{ seed: string }>(
    'SELECT lot_seed::text AS seed FROM budget_edition WHERE id = $1',
    [editionId],
  );
  const pure = greedy(instanceFromPabulib(parsePabulib(rembertow)), {
    lotSeed: Number(rows[0]?.seed),
  });
  const refs = await db.pool.query<{ id: string; ref: string }>(
    'SELECT p.id, p.external_id AS ref FROM budget_project p JOIN budget_pool pl ON pl.id = p.pool_id WHERE pl.edition_id = $1',
    [editionId],
  );
  const refOf = new Map(refs.rows.map((r) => [r.id, r.ref]));
  expect(results).toHaveLength(1);
  const selected = results[0]?.projects
    .filter((p) => p.selected)
    .map((p) => refOf.get(p.projectId));
  expect(selected).toEqual(pure.selected);
  expect(BigInt(results[0]?.cost.grosze ?? '')).toBe(BigInt(pure.cost) * 100n);
  expect(BigInt(results[0]?.leftover.grosze ?? '')).toBe(
    parsePabulib(rembertow).budgetGrosze - BigInt(pure.cost) * 100n,
  );
});

test('Equal Shares from the database: Wieliczka 2023 funds exactly its official projects', async () => {
  const wieliczka = fixture('poland_wieliczka_2023_green-budget.pb');
  const bureau = await db.pool.query<{ slug: string }>(
    "SELECT slug FROM organisation_unit WHERE kind = 'CITY_BUREAU' ORDER BY slug LIMIT 1",
  );
  const { out, err, code } = await cli(['import', 'w.pb', '--unit', bureau.rows[0]?.slug ?? ''], {
    'w.pb': wieliczka,
  });
  expect(code, err).toBe(0);
  const results = await budget.results.tally(await admin(), out.trim());
  const refs = await db.pool.query<{ id: string; ref: string }>(
    'SELECT p.id, p.external_id AS ref FROM budget_project p JOIN budget_pool pl ON pl.id = p.pool_id WHERE pl.edition_id = $1',
    [out.trim()],
  );
  const refOf = new Map(refs.rows.map((r) => [r.id, r.ref]));
  const selected = results[0]?.projects
    .filter((p) => p.selected)
    .map((p) => refOf.get(p.projectId));
  const official = parsePabulib(wieliczka)
    .projects.filter((p) => p.selected)
    .map((p) => p.id);
  expect(results[0]?.rule).toBe('equalshares/add1');
  expect(selected?.sort()).toEqual(official.sort());
  expect(official).toHaveLength(30);
}, 60_000);

describe('a malformed .pb is refused naming the line, and nothing is imported', () => {
  const lines = rembertow.split('\n');
  const votesAt = lines.indexOf('VOTES');
  const allIds = parsePabulib(rembertow).projects.map((p) => p.id);
  const broken = (line: number, replace: (text: string) => string) =>
    lines.map((text, i) => (i === line - 1 ? replace(text) : text)).join('\n');
  test.each([
    ['a missing section', rembertow.replace('VOTES\n', ''), /line \d+: .*VOTES/],
    ['a wrong column count', broken(22, (t) => `${t};extra`), /line 22/],
    ['a non-numeric cost', broken(22, (t) => t.replace(/^(\d+);\d+/, '$1;abc')), /line 22/],
    [
      'a vote for an unknown project',
      broken(votesAt + 3, (t) => t.replace(/;([^;]*)$/, ';999999')),
      new RegExp(`line ${votesAt + 3}`),
    ],
    [
      'a ballot over max_length',
      broken(votesAt + 3, (t) => t.replace(/;[^;]*$/, `;${allIds.slice(0, 16).join(',')}`)),
      new RegExp(`line ${votesAt + 3}: .*max_length`),
    ],
    [
      'a duplicate voter id',
      broken(votesAt + 4, () => lines[votesAt + 2] ?? ''),
      new RegExp(`line ${votesAt + 4}`),
    ],
  ])('%s', async (_, text, line) => {
    const before = await editionCount();
    const { code, err } = await cli(['import', 'bad.pb'], { 'bad.pb': text });
    expect(code).toBe(1);
    expect(err).toMatch(line);
    expect(await editionCount()).toBe(before);
  });
});

test('export of an unknown edition is refused as bad data', async () => {
  const { code, err } = await cli(['export', '00000000-0000-4000-8000-000000000000']);
  expect(code).toBe(1);
  expect(err).toMatch(/No budget edition/);
});
