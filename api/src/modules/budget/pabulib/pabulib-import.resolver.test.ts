import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { signedInUser } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import { parsePabulib } from './pabulib.parse.js';

const { db, services, request } = useTestServer();
const rembertow = readFileSync(
  new URL('../fixtures/poland_warszawa_2021_rembertow.pb', import.meta.url),
  'utf8',
).replace(/\r\n/g, '\n');
const importFile = `mutation ($f: String!) {
  importPabulibEdition(file: $f) { id year currentPhase pools { name kind amount { pln } } } }`;
let admin: Record<string, string>;

beforeAll(async () => {
  admin = (await signedInUser(db, services, 'importer', { roles: [{ role: 'ADMIN' }] })).headers;
});

// Other files import the same fixture meanwhile: count editions by a title only this file uses.
const editionsTitled = async (title: string) =>
  (
    await db.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM budget_edition WHERE title = $1',
      [title],
    )
  ).rows[0]?.n;

test('an admin imports a .pb file: one district pool, its projects listable by edition', async () => {
  const { body } = await request<{
    importPabulibEdition: { id: string; year: number; pools: { name: string; kind: string }[] };
  }>(importFile, { f: rembertow }, admin);
  expect(body.errors).toBeUndefined();
  const edition = body.data?.importPabulibEdition;
  expect(edition).toMatchObject({
    year: 2021,
    pools: [{ name: 'Rembertów', kind: 'AREA', amount: { pln: '831114.00' } }],
  });
  const listed = await request<{ projects: { totalCount: number } }>(
    'query ($e: ID) { projects(filter: { editionId: $e }) { totalCount } }',
    { e: edition?.id },
  );
  expect(listed.body.data?.projects.totalCount).toBe(parsePabulib(rembertow).projects.length);
  const audit = await db.pool.query(
    "SELECT 1 FROM audit_event WHERE action = 'budget.import' AND target_id = $1 AND actor_id IS NOT NULL",
    [edition?.id],
  );
  expect(audit.rows).toHaveLength(1);
});

test('a bad file is refused naming the line, and nothing is written', async () => {
  const title = `Bad import ${Date.now()}`;
  const lines = rembertow.replace(/^description;.*$/m, `description;${title}`).split('\n');
  const votes = lines.indexOf('VOTES');
  const bad = lines
    .map((text, i) => (i === votes + 2 ? text.replace(/;[^;]*$/, ';999999') : text))
    .join('\n');
  const { body } = await request(importFile, { f: bad }, admin);
  expect(body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'file',
    reason: 'PABULIB_FILE_INVALID',
    params: { line: votes + 3 },
  });
  expect(body.errors?.[0]?.message).toMatch(
    new RegExp(`^file: line ${votes + 3}: .* unknown project "999999"`),
  );
  expect(await editionsTitled(title)).toBe(0);
});

test('a city-wide file without an owning unit is refused naming line 1', async () => {
  const citywide = rembertow.replace('district;Rembertów\n', '');
  const { body } = await request(importFile, { f: citywide }, admin);
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(body.errors?.[0]?.extensions?.reason).toBe('PABULIB_UNIT_REQUIRED');
  expect(body.errors?.[0]?.message).toMatch(/^file: line 1: .*unitSlug/);
});

test('a rule Plac does not tally with is refused, never imported as greedy', async () => {
  const title = `Borda import ${Date.now()}`;
  const borda = rembertow
    .replace(/^description;.*$/m, `description;${title}`)
    .replace(/^rule;.*$/m, 'rule;borda');
  const { body } = await request(importFile, { f: borda }, admin);
  expect(body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'file',
    reason: 'TALLY_RULE_UNKNOWN',
  });
  expect(body.errors?.[0]?.message).toMatch(/^file: line 1: META rule "borda" is not a rule/);
  expect(await editionsTitled(title)).toBe(0);
});
