import { beforeAll, expect, test } from 'vitest';
import { plannerOf, signedInUser } from '../../../../test/personas.js';
import { unitBySlug } from '../../../../test/scenario.js';
import { useTestServer } from '../../../../test/server.js';
import { createBudgetEdition } from '../budget.scenario.js';

const { db, services, request, gql } = useTestServer();
let edition: Awaited<ReturnType<typeof createBudgetEdition>>;
let planner: Record<string, string>;

beforeAll(async () => {
  edition = await createBudgetEdition(db, { phase: 'SUBMISSION' });
  planner = (await plannerOf(db, services, 'urzad-dzielnicy-mokotow', 'planner')).headers;
});

const create = `mutation ($pool: ID!, $input: BudgetProjectInput!) {
  createBudgetProject(poolId: $pool, input: $input) {
    id cost { grosze pln } locations { geometry illustrative } } }`;

// Inside Mokotów (near Pole Mokotowskie's south edge) and far outside it (Białołęka).
const inside = { type: 'Point', coordinates: [21.02, 52.19] };
const outside = { type: 'Point', coordinates: [20.98, 52.32] };

test('a located project inside its district pool, with its cost exact beyond 2^53 grosze', async () => {
  const { body } = await request(
    create,
    {
      pool: edition.mokotow.id,
      input: { title: 'Ławki', costGrosze: '9007199254740993', locations: [inside] },
    },
    planner,
  );
  expect(body.errors).toBeUndefined();
  const project = (body.data as { createBudgetProject: Record<string, unknown> })
    .createBudgetProject;
  expect(project.cost).toEqual({ grosze: '9007199254740993', pln: '90071992547409.93' });
  expect(project.locations).toEqual([{ geometry: inside, illustrative: false }]);
});

test('a location outside the pool area is refused naming the field, and nothing is stored', async () => {
  const before = await gql<{ projects: { totalCount: number } }>(
    'query ($p: ID) { projects(filter: { poolId: $p }) { totalCount } }',
    { p: edition.mokotow.id },
  );
  const { body } = await request(
    create,
    {
      pool: edition.mokotow.id,
      input: { title: 'Za daleko', costGrosze: '100', locations: [inside, outside] },
    },
    planner,
  );
  expect(body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'input.locations[1]',
    reason: 'PROJECT_OUTSIDE_POOL_AREA',
    params: { pool: 'Mokotów' },
  });
  expect(body.errors?.[0]?.message).toMatch(/outside the area of the pool "Mokotów"/);
  const after = await gql<{ projects: { totalCount: number } }>(
    'query ($p: ID) { projects(filter: { poolId: $p }) { totalCount } }',
    { p: edition.mokotow.id },
  );
  expect(after.data?.projects.totalCount).toBe(before.data?.projects.totalCount);
});

test('an itemised cost: lines kept in order, adding up to the cost exactly', async () => {
  const lines = [
    { item: 'Ławki (10 szt.)', amountGrosze: '4000000' },
    { item: 'Montaż', amountGrosze: '1000001' },
  ];
  const { body } = await request(
    `mutation ($pool: ID!, $input: BudgetProjectInput!) {
      createBudgetProject(poolId: $pool, input: $input) { costLines { item amount { pln } } } }`,
    {
      pool: edition.mokotow.id,
      input: { title: 'Ławki', costGrosze: '5000001', costLines: lines },
    },
    planner,
  );
  expect(body.errors).toBeUndefined();
  expect((body.data as { createBudgetProject: unknown }).createBudgetProject).toEqual({
    costLines: [
      { item: 'Ławki (10 szt.)', amount: { pln: '40000.00' } },
      { item: 'Montaż', amount: { pln: '10000.01' } },
    ],
  });
});

test.each([
  ['input.costLines', [{ item: 'Ławki', amountGrosze: '99' }], 'PROJECT_COST_LINES_MISMATCH'],
  [
    'input.costLines[1].item',
    [
      { item: 'Ławki', amountGrosze: '50' },
      { item: ' ', amountGrosze: '50' },
    ],
    'INPUT_REQUIRED',
  ],
  ['input.costLines[0].amountGrosze', [{ item: 'Ławki', amountGrosze: '12.50' }], 'MONEY_INVALID'],
])(
  'bad cost lines are refused naming %s, and nothing is stored',
  async (field, costLines, reason) => {
    const title = `Kosztorys ${field}`;
    const { body } = await request(
      create,
      { pool: edition.mokotow.id, input: { title, costGrosze: '100', costLines } },
      planner,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    const stored = await db.pool.query('SELECT 1 FROM budget_project WHERE title = $1', [title]);
    expect(stored.rows).toEqual([]);
  },
);

test('a city-wide project may lie anywhere', async () => {
  const { body } = await request(
    create,
    {
      pool: edition.citywide.id,
      input: { title: 'Rowery', costGrosze: '100', locations: [outside] },
    },
    (await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] })).headers,
  );
  expect(body.errors).toBeUndefined();
});

test('projects filter by edition, category, bbox and proximity, as a Relay connection', async () => {
  const q = `query ($f: BudgetProjectsFilter, $after: String) {
    projects(filter: $f, first: 2, after: $after) {
      totalCount edges { node { id poolId } } pageInfo { hasNextPage endCursor } } }`;
  const all = await gql<{ projects: { totalCount: number; pageInfo: { endCursor: string } } }>(q, {
    f: { editionId: edition.editionId, category: 'zieleń' },
  });
  expect(all.data?.projects.totalCount).toBe(9);
  const next = await gql<{ projects: { edges: unknown[] } }>(q, {
    f: { editionId: edition.editionId, category: 'zieleń' },
    after: all.data?.projects.pageInfo.endCursor,
  });
  expect(next.data?.projects.edges).toHaveLength(2);
  const boxed = await gql<{ projects: { edges: { node: { poolId: string } }[] } }>(q, {
    f: { editionId: edition.editionId, bbox: [21.0, 52.18, 21.04, 52.2] },
  });
  expect(boxed.data?.projects.edges.map((e) => e.node.poolId)).toEqual([edition.mokotow.id]);
  const near = await gql<{ projects: { totalCount: number } }>(q, {
    f: {
      editionId: edition.editionId,
      near: { type: 'Point', coordinates: [21.021, 52.19] },
      radiusMeters: 200,
    },
  });
  expect(near.data?.projects.totalCount).toBe(1);
  const area = await gql<{ projects: { totalCount: number } }>(q, {
    f: {
      editionId: edition.editionId,
      areaId: (await unitBySlug(db, 'urzad-dzielnicy-wola')).areaId,
    },
  });
  expect(area.data?.projects.totalCount).toBe(3);
});

test('projects are added only during SUBMISSION', async () => {
  const voting = await createBudgetEdition(db);
  const { body } = await request(
    create,
    { pool: voting.mokotow.id, input: { title: 'Za późno', costGrosze: '100' } },
    planner,
  );
  expect(body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'poolId',
    reason: 'PHASE_CLOSED',
    params: { phase: 'SUBMISSION' },
  });
  expect(body.errors?.[0]?.message).toMatch(
    /allowed only during SUBMISSION; the edition has no SUBMISSION phase/,
  );
  const { rows } = await db.pool.query('SELECT 1 FROM budget_project WHERE title = $1', [
    'Za późno',
  ]);
  expect(rows).toEqual([]);
});
