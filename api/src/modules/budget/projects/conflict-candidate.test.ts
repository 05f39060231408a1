import { beforeAll, describe, expect, test } from 'vitest';
import { plannerOf, signedInUser } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import { createBudgetEdition } from '../budget.scenario.js';
import { conflictCandidatesSql } from './conflict-candidate.sql.js';
import { locateProject } from './project.scenario.js';
import { insertLocations } from './project.sql.js';

const { db, services, request } = useTestServer();

type Edition = Awaited<ReturnType<typeof createBudgetEdition>>;
let e: Edition;
let admin: Record<string, string>;
let wolaPlanner: Record<string, string>;
let outsider: Record<string, string>;
const at = (ids: string[], i: number) => ids[i] ?? '';

// Along a meridian in Mokotów (~111 m per 0.001° of latitude): m0, m1 ~100 m north of it, w0
// (Wola's pool, placed there by hand) ~400 m north; m2 an area with the city-wide c0 inside it;
// and a project of another edition 5 m from m0.
beforeAll(async () => {
  e = await createBudgetEdition(db);
  const other = await createBudgetEdition(db);
  await locateProject(db, at(e.mokotow.projects, 0), [21.025, 52.186]);
  await locateProject(db, at(e.mokotow.projects, 1), [21.025, 52.1869]);
  await locateProject(db, at(e.wola.projects, 0), [21.025, 52.1896]);
  const square: [number, number][] = [
    [21.03, 52.18],
    [21.032, 52.18],
    [21.032, 52.181],
    [21.03, 52.18],
  ];
  await insertLocations(
    db.pool,
    at(e.mokotow.projects, 2),
    [{ type: 'Polygon', coordinates: [square] }],
    false,
  );
  await locateProject(db, at(e.citywide.projects, 0), [21.0315, 52.1802]);
  await locateProject(db, at(other.mokotow.projects, 0), [21.025, 52.18605]);
  admin = (await signedInUser(db, services, 'candidates-admin', { roles: [{ role: 'ADMIN' }] }))
    .headers;
  wolaPlanner = (await plannerOf(db, services, 'urzad-dzielnicy-wola', 'candidates-wola')).headers;
  outsider = (await plannerOf(db, services, 'urzad-dzielnicy-bemowo', 'candidates-bemowo')).headers;
});

const candidates = `query ($e: ID!, $m: Float!, $first: Int, $after: String) {
  budgetConflictCandidates(editionId: $e, withinMeters: $m, first: $first, after: $after) {
    edges { node { project { id } otherProject { id } distanceMeters overlapping marked } }
    pageInfo { hasNextPage endCursor } } }`;

type Pair = {
  project: { id: string };
  otherProject: { id: string };
  distanceMeters: number;
  overlapping: boolean;
  marked: boolean;
};
type Page = {
  budgetConflictCandidates: {
    edges: { node: Pair }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const pairsOf = async (
  m: number,
  headers = admin,
  page: { first?: number; after?: string | null } = {},
) => {
  const { body } = await request<Page>(candidates, { e: e.editionId, m, ...page }, headers);
  expect(body.errors).toBeUndefined();
  const connection = body.data?.budgetConflictCandidates;
  const pairs = (connection?.edges ?? []).map(({ node }) => ({
    ...node,
    ids: [node.project.id, node.otherProject.id].sort(),
  }));
  return { pairs, pageInfo: connection?.pageInfo };
};
const pair = (a: string, b: string) => [a, b].sort();

test('pairs within the distance, nearest first, an overlap at 0 m, not across editions', async () => {
  const m0 = at(e.mokotow.projects, 0);
  const m1 = at(e.mokotow.projects, 1);
  const m2 = at(e.mokotow.projects, 2);
  const c0 = at(e.citywide.projects, 0);
  const w0 = at(e.wola.projects, 0);
  const { pairs } = await pairsOf(150);
  expect(pairs.map((p) => p.ids)).toEqual([pair(m2, c0), pair(m0, m1)]);
  expect(pairs[0]).toMatchObject({ distanceMeters: 0, overlapping: true, marked: false });
  expect(pairs[1]?.distanceMeters).toBeCloseTo(100, -1);
  expect(pairs[1]?.overlapping).toBe(false);
  expect((await pairsOf(0)).pairs.map((p) => p.ids)).toEqual([pair(m2, c0)]);
  const wide = await pairsOf(450);
  expect(wide.pairs.map((p) => p.ids)).toEqual([
    pair(m2, c0),
    pair(m0, m1),
    pair(m1, w0),
    pair(m0, w0),
  ]);
});

test('a planner sees the pairs with a project of a pool they manage', async () => {
  const w0 = at(e.wola.projects, 0);
  expect((await pairsOf(150, wolaPlanner)).pairs).toEqual([]);
  const wola = await pairsOf(450, wolaPlanner);
  expect(wola.pairs.map((p) => p.ids.includes(w0))).toEqual([true, true]);
  expect((await pairsOf(450, outsider)).pairs).toEqual([]);
});

test('pages follow one another without repeating a pair', async () => {
  const all = (await pairsOf(450)).pairs.map((p) => p.ids);
  const seen: string[][] = [];
  let after: string | null = null;
  for (let i = 0; i < 4; i++) {
    const { pairs, pageInfo } = await pairsOf(450, admin, { first: 1, after });
    seen.push(...pairs.map((p) => p.ids));
    expect(pageInfo?.hasNextPage).toBe(i < 3);
    after = pageInfo?.endCursor ?? null;
  }
  expect(seen).toEqual(all);
});

describe('bounds refused, naming the field', () => {
  const refusal = async (variables: Record<string, unknown>) => {
    const { body } = await request(candidates, { e: e.editionId, m: 100, ...variables }, admin);
    return body.errors?.[0]?.extensions;
  };
  test('distance, page size, cursor, edition', async () => {
    expect(await refusal({ m: 1001 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'withinMeters',
      reason: 'INPUT_OUT_OF_RANGE',
      params: { min: 0, max: 1000 },
    });
    expect(await refusal({ m: -1 })).toMatchObject({ field: 'withinMeters' });
    expect(await refusal({ first: 101 })).toMatchObject({ field: 'first' });
    expect(await refusal({ after: 'bm9wZQ' })).toMatchObject({ field: 'after' });
    expect(await refusal({ e: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'editionId',
    });
  });
  test('a resident may not ask', async () => {
    const resident = (await signedInUser(db, services, 'candidates-resident')).headers;
    const { body } = await request(candidates, { e: e.editionId, m: 100 }, resident);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const dismiss = `mutation ($p: ID!, $o: ID!) { dismissConflictCandidate(projectId: $p, otherProjectId: $o) }`;
const mark = `mutation ($p: ID!, $o: ID!) { markProjectsConflicting(projectId: $p, otherProjectId: $o) }`;
const marked = `query ($e: ID!) { budgetProjectConflicts(editionId: $e) { project { id } otherProject { id } } }`;

test('a dismissed pair is offered no more; a marked one is flagged and listed', async () => {
  const [m0, m1, m2] = e.mokotow.projects;
  const c0 = at(e.citywide.projects, 0);
  const vars = { p: m1 ?? '', o: m0 ?? '' };
  expect((await request(dismiss, vars, admin)).body.data).toEqual({
    dismissConflictCandidate: true,
  });
  const again = await request(dismiss, vars, admin);
  expect(again.body.errors?.[0]?.extensions).toMatchObject({
    code: 'CONFLICT',
    field: 'otherProjectId',
    reason: 'PROJECT_CONFLICT_ALREADY_DISMISSED',
  });
  expect((await pairsOf(150)).pairs.map((p) => p.ids)).toEqual([pair(m2 ?? '', c0)]);
  const { rows } = await db.pool.query(
    `SELECT actor_id IS NOT NULL AS actor, after FROM audit_event
     WHERE target_id = $1 AND action = 'budget.project.conflict.dismiss'`,
    [m1],
  );
  expect(rows).toEqual([{ actor: true, after: { otherProjectId: m0, dismissed: true } }]);

  await request(mark, { p: c0, o: m2 ?? '' }, admin);
  expect((await pairsOf(150)).pairs[0]?.marked).toBe(true);
  const list = await request<{ budgetProjectConflicts: Pair[] }>(marked, { e: e.editionId }, admin);
  expect(
    list.body.data?.budgetProjectConflicts.map((p) => [p.project.id, p.otherProject.id]),
  ).toEqual([pair(m2 ?? '', c0)]);
  const none = await request(marked, { e: e.editionId }, wolaPlanner);
  expect(none.body.data).toEqual({ budgetProjectConflicts: [] });
});

test('candidates go through the GiST index on project locations', async () => {
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_seqscan = off');
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN ${conflictCandidatesSql}`,
      [e.editionId, 100, null, null, null, null, 21],
    );
    expect(rows.map((r) => r['QUERY PLAN']).join('\n')).toContain(
      'budget_project_location_geometry_idx',
    );
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
});
