import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { signedInUser } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';

const { db, services, request } = useTestServer();
const grosze = readFileSync(new URL('../fixtures/grosze_amounts.pb', import.meta.url), 'utf8');
const preview = `query ($f: String!) { pabulibImportPreview(file: $f) {
  meta { key value } edition { year title rule maxApprovals }
  pools { name kind amount { grosze pln } } projectCount ballotCount
  problems { line reason params detail } problemCount importable } }`;
const importFile = `mutation ($f: String!) {
  importPabulibEdition(file: $f) { id pools { id amount { grosze } } } }`;
let admin: Record<string, string>;

beforeAll(async () => {
  admin = (await signedInUser(db, services, 'previewer', { roles: [{ role: 'ADMIN' }] })).headers;
});

type Preview = {
  pabulibImportPreview: {
    problems: { line: number; reason: string; params: Record<string, unknown> }[];
    [field: string]: unknown;
  };
};
const editionCount = async () =>
  (await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM budget_edition')).rows[0]?.n;

test('the preview of a file with grosze shows its meta, pool and counts, and writes nothing', async () => {
  const before = await editionCount();
  const { body } = await request<Preview>(preview, { f: grosze }, admin);
  expect(body.errors).toBeUndefined();
  expect(body.data?.pabulibImportPreview).toMatchObject({
    edition: { year: 2022, title: 'Budżet z groszami (fixture)', rule: 'GREEDY', maxApprovals: 3 },
    pools: [{ name: 'Wesoła', kind: 'AREA', amount: { grosze: '96924538', pln: '969245.38' } }],
    projectCount: 3,
    ballotCount: 4,
    problems: [],
    problemCount: 0,
    importable: true,
  });
  expect(body.data?.pabulibImportPreview.meta).toContainEqual({
    key: 'budget',
    value: '969245,38',
  });
  expect(await editionCount()).toBe(before);
});

test('the import stores the amounts exactly as grosze, and the tally spends them to the grosz', async () => {
  const { body } = await request<{
    importPabulibEdition: { id: string; pools: { id: string; amount: { grosze: string } }[] };
  }>(importFile, { f: grosze }, admin);
  expect(body.errors).toBeUndefined();
  const edition = body.data?.importPabulibEdition;
  expect(edition?.pools[0]?.amount.grosze).toBe('96924538');
  const { rows } = await db.pool.query<{ ref: string; cost: string }>(
    `SELECT p.external_id AS ref, p.cost_grosze::text AS cost FROM budget_project p
     WHERE p.pool_id = $1 ORDER BY p.external_id`,
    [edition?.pools[0]?.id],
  );
  expect(rows.map((r) => r.cost)).toEqual(['70760700', '26163838', '30000000']);
  const tally = await request<{ tallyEdition: unknown[] }>(
    'mutation ($e: ID!) { tallyEdition(editionId: $e) { cost { grosze } leftover { grosze } } }',
    { e: edition?.id },
    admin,
  );
  expect(tally.body.errors).toBeUndefined();
  expect(tally.body.data?.tallyEdition).toEqual([
    { cost: { grosze: '96924538' }, leftover: { grosze: '0' } },
  ]);
});

test('the preview lists every problem with its line, and the import refuses the first', async () => {
  const cut = grosze
    .replace('2;261638.38;2;', '2;261638,385;2;')
    .split('\n')
    .slice(0, -2)
    .join('\n');
  const { body } = await request<Preview>(preview, { f: cut }, admin);
  const shown = body.data?.pabulibImportPreview;
  expect(shown?.problems).toEqual([
    {
      line: 9,
      reason: 'PABULIB_COUNT_MISMATCH',
      params: { key: 'num_votes', claimed: 4, found: 3 },
      detail: 'META num_votes is 4 but the section has 3 ballots',
    },
    expect.objectContaining({ line: 19, reason: 'PABULIB_FILE_INVALID' }),
    expect.objectContaining({ line: 23, detail: 'voter 1 votes for unknown project "2"' }),
  ]);
  expect(shown).toMatchObject({ projectCount: 2, ballotCount: 2, importable: false });
  const before = await editionCount();
  const refused = await request(importFile, { f: cut }, admin);
  expect(refused.body.errors?.[0]?.extensions).toMatchObject({
    reason: 'PABULIB_COUNT_MISMATCH',
    field: 'file',
    params: { line: 9, key: 'num_votes', claimed: 4, found: 3 },
  });
  expect(await editionCount()).toBe(before);
});

test('the preview is for admins only', async () => {
  const { body } = await request(preview, { f: grosze });
  expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});
