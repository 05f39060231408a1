import { beforeAll, describe, expect, test } from 'vitest';
import { signedInUser } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import { createBudgetEdition } from '../budget.scenario.js';
import { endVoting } from './edition.scenario.js';
import {
  at,
  createEdition,
  createPool,
  editionInput,
  mokotowOffice,
  schedule,
  setPhases,
} from './edition-admin.test-data.js';

const { db, services, request } = useTestServer();
let admin: Record<string, string>;
let mokotow: { unitId: string; areaId: string };

type Created = { createBudgetEdition: { id: string; phases: unknown } & Record<string, unknown> };

beforeAll(async () => {
  admin = (await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] })).headers;
  mokotow = await mokotowOffice(db);
});

async function newEdition(over: Record<string, unknown> = {}) {
  const { body } = await request<Created>(createEdition, { i: editionInput(over) }, admin);
  expect(body.errors).toBeUndefined();
  return body.data?.createBudgetEdition.id ?? '';
}

// One instant for both ends: two calls of at(1) may fall a millisecond apart.
const tomorrow = at(1);

describe('createBudgetEdition', () => {
  test('maps every field and the schedule, and is audited', async () => {
    const input = editionInput();
    const { body } = await request<Created>(createEdition, { i: input }, admin);
    expect(body.errors).toBeUndefined();
    const { id, phases, ...edition } = body.data?.createBudgetEdition ?? { id: '', phases: [] };
    const { phases: sent, ...rest } = input;
    expect(edition).toEqual({ ...rest, currentPhase: 'VOTING' });
    expect(phases).toEqual(sent);
    const audit = await db.pool.query(
      `SELECT 1 FROM audit_event WHERE action = 'budget.createEdition' AND target_id = $1`,
      [id],
    );
    expect(audit.rows).toHaveLength(1);
  });

  test.each([
    ['input.year', { year: 1999 }, 'INPUT_OUT_OF_RANGE'],
    ['input.title', { title: '  x ' }, 'INPUT_TOO_SHORT'],
    ['input.completion', { completion: null }, 'EDITION_COMPLETION_REQUIRED'],
    ['input.completion', { rule: 'GREEDY', completion: 'ADD1' }, 'EDITION_COMPLETION_UNUSED'],
    ['input.areaMaxApprovals', { areaMaxApprovals: 0 }, 'INPUT_OUT_OF_RANGE'],
    ['input.citywideMaxApprovals', { citywideMaxApprovals: -1 }, 'INPUT_OUT_OF_RANGE'],
    ['input.areaMinVotes', { areaMinVotes: -1 }, 'INPUT_OUT_OF_RANGE'],
    ['input.citywideMinVotes', { citywideMinVotes: -5 }, 'INPUT_OUT_OF_RANGE'],
    ['input.minAge', { minAge: 121 }, 'INPUT_OUT_OF_RANGE'],
    ['input.phases', { phases: [] }, 'PHASE_SCHEDULE_EMPTY'],
    [
      'input.phases[0].endsAt',
      { phases: [{ phase: 'VOTING', startsAt: tomorrow, endsAt: tomorrow }] },
      'PHASE_ENDS_BEFORE_START',
    ],
    ['input.phases[1].phase', { phases: [schedule()[1], schedule()[0]] }, 'PHASE_OUT_OF_ORDER'],
    ['input.phases[1].phase', { phases: [schedule()[1], schedule()[1]] }, 'PHASE_OUT_OF_ORDER'],
    [
      'input.phases[1].startsAt',
      { phases: [schedule()[0], { phase: 'VOTING', startsAt: at(-1.5), endsAt: at(1) }] },
      'PHASE_OVERLAP',
    ],
  ])('refuses bad %s, writing nothing', async (field, over, reason) => {
    const input = editionInput(over);
    const { body } = await request(createEdition, { i: input }, admin);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(body.errors?.[0]?.message).toMatch(new RegExp(`^${field.replace(/[[\].]/g, '\\$&')}: `));
    const stored = await db.pool.query('SELECT 1 FROM budget_edition WHERE title = $1', [
      input.title,
    ]);
    expect(stored.rows).toEqual([]);
  });
});

describe('setBudgetEditionPhases', () => {
  test('replaces the schedule, audited', async () => {
    const id = await newEdition();
    const phases = [{ phase: 'SUBMISSION', startsAt: at(-1), endsAt: at(2) }];
    const { body } = await request(setPhases, { e: id, p: phases }, admin);
    expect(body.data).toEqual({
      setBudgetEditionPhases: { currentPhase: 'SUBMISSION', phases: [{ phase: 'SUBMISSION' }] },
    });
    const audit = await db.pool.query(
      `SELECT before, after FROM audit_event WHERE action = 'budget.setPhases' AND target_id = $1`,
      [id],
    );
    expect(audit.rows[0]?.before.phases).toHaveLength(3);
  });

  test('refuses a bad schedule naming the phase, keeping the old one', async () => {
    const id = await newEdition();
    const [submission, voting] = schedule();
    const { body } = await request(setPhases, { e: id, p: [voting, submission] }, admin);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'phases[1].phase',
    });
    const stored = await db.pool.query('SELECT 1 FROM budget_phase_period WHERE edition_id = $1', [
      id,
    ]);
    expect(stored.rows).toHaveLength(3);
  });

  test('unknown edition: NOT_FOUND; published results: CONFLICT, schedule frozen', async () => {
    const missing = await request(setPhases, { e: 'nope', p: schedule() }, admin);
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'editionId',
    });
    const { editionId } = await createBudgetEdition(db);
    await endVoting(db, editionId);
    for (const m of ['tallyEdition', 'publishResults']) {
      const { body } = await request(
        `mutation ($e: ID!) { ${m}(editionId: $e) { poolId } }`,
        {
          e: editionId,
        },
        admin,
      );
      expect(body.errors).toBeUndefined();
    }
    const { body } = await request(setPhases, { e: editionId, p: schedule() }, admin);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'editionId',
      reason: 'RESULTS_PUBLISHED',
    });
  });
});

test('planners and verified residents are refused all three, nothing written', async () => {
  const e = await newEdition();
  const planner = await signedInUser(db, services, 'planner', {
    roles: [{ role: 'PLANNER', unitId: mokotow.unitId }],
  });
  const voter = await signedInUser(db, services, 'voter', { verified: true });
  const pool = {
    editionId: e,
    name: 'P',
    kind: 'CITYWIDE',
    unitId: mokotow.unitId,
    amountGrosze: '1',
  };
  for (const who of [planner.headers, voter.headers]) {
    for (const [query, variables] of [
      [createEdition, { i: editionInput() }],
      [setPhases, { e, p: [] }],
      [createPool, { i: pool }],
    ] as const) {
      const { body } = await request(query, variables, who);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  }
  const stored = await db.pool.query(
    'SELECT (SELECT count(*)::int FROM budget_pool WHERE edition_id = $1) AS pools, (SELECT count(*)::int FROM budget_phase_period WHERE edition_id = $1) AS phases',
    [e],
  );
  expect(stored.rows[0]).toEqual({ pools: 0, phases: 3 });
});
