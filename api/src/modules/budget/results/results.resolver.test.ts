import { beforeAll, expect, test } from 'vitest';
import { signedInUser } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import { buildPlacSchema } from '../../../schema/build-schema.js';
import { createBudgetEdition } from '../budget.scenario.js';
import { endVoting } from '../editions/edition.scenario.js';

const { db, services, request } = useTestServer();
let edition: Awaited<ReturnType<typeof createBudgetEdition>>;
let admin: Record<string, string>;

const cast = `mutation ($e: ID!, $d: ID, $p: [ID!]!) {
  castBallot(editionId: $e, districtPoolId: $d, projectIds: $p) { id } }`;
const results = `query ($e: ID!) { results(editionId: $e) {
  poolId rule budget { grosze } cost { grosze } leftover { grosze pln } publishedAt
  projects { projectId votes selected outcome cost { grosze } } } }`;
type Results = {
  results: {
    poolId: string;
    leftover: { grosze: string };
    publishedAt: string | null;
    projects: { projectId: string; votes: number; selected: boolean }[];
  }[];
};

beforeAll(async () => {
  edition = await createBudgetEdition(db);
  admin = (await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] })).headers;
  // Mokotów: project 0 (400 000 zł) gets 3 votes, 1 gets 2, 2 none; the pool is 700 000 zł.
  const ballots = [[0, 1], [0, 1], [0]];
  for (const [i, picks] of ballots.entries()) {
    const voter = await signedInUser(db, services, `voter${i}`, { verified: true });
    const p = picks.map((k) => edition.mokotow.projects[k]);
    await request(cast, { e: edition.editionId, d: edition.mokotow.id, p }, voter.headers);
  }
});

const tally = 'mutation ($e: ID!) { tallyEdition(editionId: $e) { poolId } }';
const publish = 'mutation ($e: ID!) { publishResults(editionId: $e) { poolId } }';

test('no tally nor publication before VOTING has ended: BAD_USER_INPUT naming the end', async () => {
  for (const mutation of [tally, publish]) {
    const { body } = await request(mutation, { e: edition.editionId }, admin);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'editionId',
      reason: 'PHASE_VOTING_NOT_ENDED',
      params: { endsAt: expect.stringMatching(/^\d{4}-/) },
    });
    expect(body.errors?.[0]?.message).toMatch(
      /allowed only once VOTING has ended; VOTING runs until \d{4}-/,
    );
  }
  const stored = await db.pool.query('SELECT 1 FROM budget_pool_result WHERE edition_id = $1', [
    edition.editionId,
  ]);
  expect(stored.rows).toEqual([]);
  const early = await createBudgetEdition(db, { phase: 'SUBMISSION' });
  const { body } = await request(tally, { e: early.editionId }, admin);
  expect(body.errors?.[0]?.message).toMatch(/the edition has no VOTING phase/);
});

test('tally, then publish: counts per project, greedy selection, leftover exact', async () => {
  await endVoting(db, edition.editionId);
  const tallied = await request<{ tallyEdition: Results['results'] }>(
    'mutation ($e: ID!) { tallyEdition(editionId: $e) { poolId } }',
    { e: edition.editionId },
    admin,
  );
  expect(tallied.body.errors).toBeUndefined();
  const hidden = await request<Results>(results, { e: edition.editionId });
  expect(hidden.body.data?.results).toEqual([]);
  const published = await request<Results>(
    'mutation ($e: ID!) { publishResults(editionId: $e) { poolId } }',
    { e: edition.editionId },
    admin,
  );
  expect(published.body.errors).toBeUndefined();
  const { body } = await request<Results>(results, { e: edition.editionId });
  const mokotow = body.data?.results.find((r) => r.poolId === edition.mokotow.id);
  expect(mokotow?.projects).toEqual([
    {
      projectId: edition.mokotow.projects[0],
      votes: 3,
      selected: true,
      outcome: 'FUNDED',
      cost: { grosze: '40000000' },
    },
    {
      projectId: edition.mokotow.projects[1],
      votes: 2,
      selected: true,
      outcome: 'FUNDED',
      cost: { grosze: '30000000' },
    },
    {
      projectId: edition.mokotow.projects[2],
      votes: 0,
      selected: false,
      outcome: 'BELOW_MIN_VOTES',
      cost: { grosze: '30000000' },
    },
  ]);
  expect(mokotow?.leftover).toEqual({ grosze: '0', pln: '0.00' });
  const again = await request(
    'mutation ($e: ID!) { tallyEdition(editionId: $e) { poolId } }',
    { e: edition.editionId },
    admin,
  );
  expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  expect(again.body.errors?.[0]?.extensions?.reason).toBe('RESULTS_PUBLISHED');
});

test('secrecy: no type in the schema pairs a voter with what they approved', async () => {
  const schema = await buildPlacSchema();
  const ballot = schema.getType('Ballot');
  expect(ballot && 'getFields' in ballot && Object.keys(ballot.getFields())).not.toContain(
    'voterId',
  );
  const query = schema.getQueryType()?.getFields() ?? {};
  // The ballot queries are the viewer's own and the staff's paper sheets; no voter argument.
  const ballotQueries = Object.values(query).filter((f) => String(f.type).includes('Ballot'));
  expect(ballotQueries.map((f) => [f.name, f.args.map((a) => a.name).sort()])).toEqual([
    ['myBallot', ['editionId']],
    ['paperBallots', ['after', 'editionId', 'first']],
  ]);
  const paper = schema.getType('PaperBallot');
  expect(paper && 'getFields' in paper && Object.keys(paper.getFields()).sort()).toEqual([
    'castAt',
    'districtPoolId',
    'editionId',
    'id',
    'projectIds',
    'reference',
  ]);
  const result = schema.getType('ProjectResult');
  expect(result && 'getFields' in result && Object.keys(result.getFields()).sort()).toEqual([
    'conflictWith',
    'cost',
    'outcome',
    'projectId',
    'selected',
    'title',
    'votes',
  ]);
});
