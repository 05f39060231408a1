import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { useTestServer } from '../../../../test/server.js';
import { createBudgetEdition } from '../budget.scenario.js';
import { importPabulib } from '../pabulib/pabulib-import.service.js';

const { db, server, request } = useTestServer();
let editionId: string;

const fixture = join(import.meta.dirname, '..', 'fixtures', 'poland_warszawa_2021_wesola.pb');
const statistics = `query ($e: ID!) { budgetStatistics(editionId: $e) {
  ballots online paper pools { poolId online paper ballots }
  ageBands { from to ballots } sexes { sex ballots } districts { areaName ballots share } } }`;
type Statistics = {
  budgetStatistics: {
    ballots: number;
    online: number;
    paper: number;
    pools: { poolId: string; online: number; paper: number; ballots: number }[];
    ageBands: { from: number; to: number | null; ballots: number }[];
    sexes: { sex: string; ballots: number }[];
    districts: { areaName: string; ballots: number; share: number }[];
  };
};

const count = async (where: string) => {
  const { rows } = await db.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM budget_ballot b WHERE b.edition_id = $1 AND ${where}`,
    [editionId],
  );
  return rows[0]?.n;
};

beforeAll(async () => {
  // Wesoła 2021 as Pabulib has it (ages, sexes, internet and paper votes), plus one paper
  // ballot entered by the office, which records neither age nor sex.
  ({ editionId } = await importPabulib(db, readFileSync(fixture, 'utf8'), { actorId: null }));
  await db.pool.query(
    `INSERT INTO budget_ballot (edition_id, district_pool_id, paper, paper_reference)
     SELECT edition_id, id, true, 'K-1' FROM budget_pool WHERE edition_id = $1`,
    [editionId],
  );
});

test('the statistics equal direct counts of the ballots', async () => {
  const { body } = await request<Statistics>(statistics, { e: editionId });
  expect(body.errors).toBeUndefined();
  const s = body.data?.budgetStatistics;
  const paper = "(b.paper OR b.source_fields->>'voting_method' = 'paper')";
  expect(s?.ballots).toBe(await count('true'));
  expect(s?.paper).toBe(await count(paper));
  // The file's own counts: 9 paper votes of 1,487, and the office's one.
  expect([s?.ballots, s?.paper]).toEqual([1488, 10]);
  const voters = await count(
    'EXISTS (SELECT 1 FROM budget_ballot_approval a WHERE a.ballot_id = b.id)',
  );
  expect(s?.pools).toEqual([expect.objectContaining({ online: 1478, paper: 9, ballots: voters })]);
  expect(s?.sexes).toEqual([
    { sex: 'F', ballots: await count("b.source_fields->>'sex' = 'F'") },
    { sex: 'M', ballots: await count("b.source_fields->>'sex' = 'M'") },
  ]);
  const young = await count("(b.source_fields->>'age')::int BETWEEN 18 AND 24");
  expect(s?.ageBands.find((band) => band.from === 18)).toEqual({
    from: 18,
    to: 24,
    ballots: young,
  });
  expect(s?.ageBands.at(-1)).toMatchObject({ from: 65, to: null });
  expect(s?.ageBands.reduce((sum, band) => sum + band.ballots, 0)).toBe(
    await count("b.source_fields ? 'age'"),
  );
  expect(s?.districts).toEqual([{ areaName: 'Wesoła', ballots: 1488, share: 1 }]);
});

test('the CSV for a Polish Excel: semicolons, Polish words, decimal commas', async () => {
  const res = await fetch(`${server.url}/budget/${editionId}/statistics.csv?format=excel`);
  expect(res.status).toBe(200);
  const text = await res.text();
  const lines = text.replace('\uFEFF', '').split('\r\n');
  expect(lines[0]).toBe('grupa;nazwa;internet;papier;głosy;udział');
  expect(lines[1]).toBe('razem;;1478;10;1488;');
  expect(lines).toContain('dzielnica;Wesoła;;;1488;1');
  expect(lines.some((line) => line.startsWith('płeć;F;;;'))).toBe(true);
});

test('no statistics while the vote runs: the reason names the end of VOTING', async () => {
  const open = await createBudgetEdition(db);
  const { body } = await request(statistics, { e: open.editionId });
  expect(body.errors?.[0]?.extensions).toMatchObject({
    field: 'editionId',
    reason: 'PHASE_VOTING_NOT_ENDED',
  });
  const res = await fetch(`${server.url}/budget/${open.editionId}/statistics.csv`);
  expect(res.status).toBe(400);
});
