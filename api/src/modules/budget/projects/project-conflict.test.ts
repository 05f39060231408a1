import { beforeAll, describe, expect, test } from 'vitest';
import { plannerOf } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import { createBudgetEdition } from '../budget.scenario.js';
import { endVoting } from '../editions/edition.scenario.js';
import { locateProject } from './project.scenario.js';
import { projectsNearSql } from './project-staff.sql.js';

const { db, services, request } = useTestServer();

type Edition = Awaited<ReturnType<typeof createBudgetEdition>>;
let e: Edition;
let other: Edition;
let planner: Record<string, string>;
let outsider: Record<string, string>;
const id = (ids: string[], i: number) => ids[i] ?? '';

const locate = (projectId: string, lon: number, lat: number) =>
  locateProject(db, projectId, [lon, lat]);

// Around Pole Mokotowskie: ~100 m north, ~250 m east (a degree of longitude is ~68 km here),
// ~500 m north in Wola's pool, and one at ~5 m in another edition.
beforeAll(async () => {
  e = await createBudgetEdition(db);
  other = await createBudgetEdition(db);
  await locate(id(e.mokotow.projects, 0), 21.02, 52.19);
  await locate(id(e.mokotow.projects, 1), 21.02, 52.1909);
  await locate(id(e.citywide.projects, 0), 21.02366, 52.19);
  await locate(id(e.wola.projects, 0), 21.02, 52.1945);
  await locate(id(other.mokotow.projects, 0), 21.02, 52.19005);
  planner = (await plannerOf(db, services, 'urzad-dzielnicy-mokotow', 'conflict-planner')).headers;
  outsider = (await plannerOf(db, services, 'zarzad-zieleni-m-st-warszawy', 'conflict-outsider'))
    .headers;
});

const near = `query ($p: ID!, $m: Float!) {
  projectsNear(projectId: $p, meters: $m) { project { id } distanceMeters } }`;

test('projectsNear: same edition, not itself, nearest first, with the distance in metres', async () => {
  const { body } = await request(near, { p: id(e.mokotow.projects, 0), m: 600 });
  expect(body.errors).toBeUndefined();
  const rows = (
    body.data as { projectsNear: { project: { id: string }; distanceMeters: number }[] }
  ).projectsNear;
  expect(rows.map((r) => r.project.id)).toEqual([
    id(e.mokotow.projects, 1),
    id(e.citywide.projects, 0),
    id(e.wola.projects, 0),
  ]);
  expect(rows[0]?.distanceMeters).toBeCloseTo(100, -1);
  expect(rows[1]?.distanceMeters).toBeCloseTo(250, -1);
  const close = await request(near, { p: id(e.mokotow.projects, 0), m: 260 });
  expect(close.body.data?.projectsNear).toHaveLength(2);
  const unlocated = await request(near, { p: id(e.mokotow.projects, 2), m: 1000 });
  expect(unlocated.body.data?.projectsNear).toEqual([]);
});

test('projectsNear: a bad distance or an unknown project', async () => {
  const bad = await request(near, { p: id(e.mokotow.projects, 0), m: -1 });
  expect(bad.body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'meters',
  });
  const missing = await request(near, { p: '00000000-0000-4000-8000-000000000000', m: 10 });
  expect(missing.body.errors?.[0]?.extensions).toMatchObject({
    code: 'NOT_FOUND',
    field: 'projectId',
  });
});

test('projectsNear goes through the GiST index on project locations', async () => {
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_seqscan = off');
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${projectsNearSql}`, [
      id(e.mokotow.projects, 0),
      500,
      100,
    ]);
    expect(rows.map((r) => r['QUERY PLAN']).join('\n')).toContain(
      'budget_project_location_geometry_idx',
    );
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
});

const mark = `mutation ($p: ID!, $o: ID!) { markProjectsConflicting(projectId: $p, otherProjectId: $o) }`;
const unmark = `mutation ($p: ID!, $o: ID!) { unmarkProjectsConflicting(projectId: $p, otherProjectId: $o) }`;

// Counted over this file's editions only: other files share the database.
const written = async () => {
  const ids = [e, other].flatMap((x) => [x.mokotow, x.wola, x.citywide]).flatMap((p) => p.projects);
  const { rows } = await db.pool.query<{ conflicts: number; audits: number }>(
    `SELECT (SELECT count(*)::int FROM budget_project_conflict
             WHERE project_a_id = ANY($1::uuid[]) OR project_b_id = ANY($1::uuid[])) AS conflicts,
            (SELECT count(*)::int FROM audit_event
             WHERE target_id = ANY($1::text[]) AND action LIKE 'budget.project.conflict.%') AS audits`,
    [ids],
  );
  return rows[0];
};

test('a planner of either unit marks and unmarks a conflict, audited, stored once', async () => {
  const a = id(e.wola.projects, 0);
  const b = id(e.mokotow.projects, 0);
  expect((await request(mark, { p: a, o: b }, planner)).body.data).toEqual({
    markProjectsConflicting: true,
  });
  const { rows } = await db.pool.query(
    `SELECT 1 FROM budget_project_conflict WHERE project_a_id = least($1::uuid, $2::uuid)
       AND project_b_id = greatest($1::uuid, $2::uuid)`,
    [a, b],
  );
  expect(rows).toHaveLength(1);
  const again = await request(mark, { p: b, o: a }, planner);
  expect(again.body.errors?.[0]?.extensions).toMatchObject({
    code: 'CONFLICT',
    field: 'otherProjectId',
    reason: 'PROJECT_CONFLICT_ALREADY_MARKED',
  });
  expect((await request(unmark, { p: b, o: a }, planner)).body.data).toEqual({
    unmarkProjectsConflicting: true,
  });
  const { rows: audits } = await db.pool.query(
    `SELECT action, actor_id IS NOT NULL AS actor, after FROM audit_event
     WHERE target_id IN ($1, $2) AND action LIKE 'budget.project.conflict.%' ORDER BY id`,
    [a, b],
  );
  expect(audits).toMatchObject([
    { action: 'budget.project.conflict.mark', actor: true, after: { conflicting: true } },
    { action: 'budget.project.conflict.unmark', actor: true, after: { conflicting: false } },
  ]);
});

describe('refused, and nothing written', () => {
  const refused = async (
    query: string,
    vars: { p: string; o: string },
    headers: Record<string, string>,
    code: string,
    field: string | undefined,
    reason?: string,
  ) => {
    const before = await written();
    const { body } = await request(query, vars, headers);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    if (reason) expect(body.errors?.[0]?.extensions?.reason).toBe(reason);
    expect(body.errors?.[0]?.extensions?.field).toBe(field);
    expect(await written()).toEqual(before);
  };

  test('a project with itself, across editions, unknown, or not marked', async () => {
    const p = id(e.mokotow.projects, 0);
    await refused(
      mark,
      { p, o: p },
      planner,
      'BAD_USER_INPUT',
      'otherProjectId',
      'PROJECT_CONFLICT_WITH_ITSELF',
    );
    await refused(
      mark,
      { p, o: id(other.mokotow.projects, 0) },
      planner,
      'BAD_USER_INPUT',
      'otherProjectId',
      'PROJECT_CONFLICT_OTHER_EDITION',
    );
    await refused(mark, { p, o: 'nope' }, planner, 'NOT_FOUND', 'otherProjectId');
    await refused(
      unmark,
      { p, o: id(e.mokotow.projects, 2) },
      planner,
      'BAD_USER_INPUT',
      'otherProjectId',
      'PROJECT_CONFLICT_NOT_MARKED',
    );
  });

  test('a planner of neither unit', async () => {
    await refused(
      mark,
      { p: id(e.mokotow.projects, 0), o: id(e.wola.projects, 1) },
      outsider,
      'FORBIDDEN',
      undefined,
    );
  });

  test('once VOTING has ended (the tally reads the marks)', async () => {
    const late = await createBudgetEdition(db);
    await endVoting(db, late.editionId);
    const vars = { p: id(late.mokotow.projects, 0), o: id(late.mokotow.projects, 1) };
    const { body } = await request(mark, vars, planner);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'projectId',
      reason: 'PHASE_VOTING_ENDED',
    });
    expect(body.errors?.[0]?.message).toMatch(/allowed only until VOTING ends; it ended /);
  });
});
