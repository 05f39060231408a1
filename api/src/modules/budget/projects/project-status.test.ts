import { beforeAll, describe, expect, test } from 'vitest';
import { organisers } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import type { BudgetPhase, BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import { projectInStatus } from './project.scenario.js';

const { db, services, request } = useTestServer();

const change = `mutation ($p: ID!, $s: BudgetProjectStatus!, $r: String) {
  changeProjectStatus(projectId: $p, status: $s, reason: $r) { id status rejectionReason } }`;

// Planners of Mokotów's district office (which owns the projects) and of Wola's; an admin.
let planner: Record<string, string>;
let otherPlanner: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  const people = await organisers(db, services);
  planner = people.planner.headers;
  otherPlanner = people.otherPlanner.headers;
  admin = people.admin.headers;
});

const projectIn = (phase: BudgetPhase, status: BudgetProjectStatus) =>
  projectInStatus(db, phase, status);

const state = async (id: string) => {
  const { rows } = await db.pool.query<{ status: string; reason: string | null; audits: number }>(
    `SELECT status::text, rejection_reason AS reason,
            (SELECT count(*)::int FROM audit_event WHERE target_id = $1::text) AS audits
     FROM budget_project WHERE id = $1::uuid`,
    [id],
  );
  return rows[0];
};

const step = (id: string, status: string, reason: string | null = null, headers = planner) =>
  request(change, { p: id, s: status, r: reason }, headers);

test('verification: SUBMITTED → IN_VERIFICATION → REJECTED with a reason, each audited', async () => {
  const id = await projectIn('VERIFICATION', 'SUBMITTED');
  expect((await step(id, 'IN_VERIFICATION')).body.errors).toBeUndefined();
  const { body } = await step(id, 'REJECTED', '  outside city land  ');
  expect(body.data?.changeProjectStatus).toMatchObject({
    status: 'REJECTED',
    rejectionReason: 'outside city land',
  });
  const { rows } = await db.pool.query(
    `SELECT action, before, after FROM audit_event WHERE target_id = $1 ORDER BY id`,
    [id],
  );
  expect(rows).toMatchObject([
    {
      action: 'budget.project.status',
      before: { status: 'SUBMITTED' },
      after: { status: 'IN_VERIFICATION' },
    },
    {
      before: { status: 'IN_VERIFICATION', rejectionReason: null },
      after: { status: 'REJECTED', rejectionReason: 'outside city land' },
    },
  ]);
});

test('appeals: REJECTED → APPEALED → ACCEPTED, which clears the rejection reason', async () => {
  const id = await projectIn('APPEALS', 'REJECTED');
  expect((await step(id, 'APPEALED')).body.errors).toBeUndefined();
  const { body } = await step(id, 'ACCEPTED');
  expect(body.data?.changeProjectStatus).toMatchObject({
    status: 'ACCEPTED',
    rejectionReason: null,
  });
});

test('implementation: SELECTED → IN_PROGRESS → ABANDONED, by an admin', async () => {
  const id = await projectIn('IMPLEMENTATION', 'SELECTED');
  expect((await step(id, 'IN_PROGRESS', null, admin)).body.errors).toBeUndefined();
  expect((await step(id, 'ABANDONED', null, admin)).body.data?.changeProjectStatus).toMatchObject({
    status: 'ABANDONED',
  });
});

describe('refused, and nothing changed or audited', () => {
  const refused = async (
    id: string,
    status: string,
    reason: string | null,
    code: string,
    field: string | undefined,
    message: RegExp,
    headers = planner,
    why?: string,
  ) => {
    const before = await state(id);
    const { body } = await step(id, status, reason, headers);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    if (why) expect(body.errors?.[0]?.extensions?.reason).toBe(why);
    expect(body.errors?.[0]?.extensions?.field).toBe(field);
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(await state(id)).toEqual(before);
  };

  test('a skipped step', async () => {
    const id = await projectIn('VERIFICATION', 'SUBMITTED');
    await refused(
      id,
      'ACCEPTED',
      null,
      'BAD_USER_INPUT',
      'status',
      /SUBMITTED project cannot become ACCEPTED; it may become IN_VERIFICATION/,
      planner,
      'PROJECT_STATUS_STEP_INVALID',
    );
    await refused(id, 'APPEALED', null, 'BAD_USER_INPUT', 'status', /cannot become APPEALED/);
    await refused(id, 'COMPLETED', null, 'BAD_USER_INPUT', 'status', /cannot become COMPLETED/);
  });

  test('a second appeal', async () => {
    const id = await projectIn('APPEALS', 'REJECTED');
    expect((await step(id, 'APPEALED')).body.errors).toBeUndefined();
    expect((await step(id, 'REJECTED', 'still too costly')).body.errors).toBeUndefined();
    await refused(
      id,
      'APPEALED',
      null,
      'BAD_USER_INPUT',
      'status',
      /appealed once already/,
      planner,
      'PROJECT_ALREADY_APPEALED',
    );
  });

  test('SELECTED and NOT_SELECTED, which only publishing sets', async () => {
    const id = await projectIn('VERIFICATION', 'ACCEPTED');
    await refused(
      id,
      'SELECTED',
      null,
      'BAD_USER_INPUT',
      'status',
      /publishing the results/,
      planner,
      'PROJECT_STATUS_BY_RESULTS',
    );
    await refused(id, 'NOT_SELECTED', null, 'BAD_USER_INPUT', 'status', /publishing the results/);
  });

  test('a rejection without a reason', async () => {
    const id = await projectIn('VERIFICATION', 'IN_VERIFICATION');
    await refused(
      id,
      'REJECTED',
      '   ',
      'BAD_USER_INPUT',
      'reason',
      /needs a reason/,
      planner,
      'INPUT_REQUIRED',
    );
  });

  test('verification outside VERIFICATION, an appeal outside APPEALS', async () => {
    const verifying = await projectIn('APPEALS', 'IN_VERIFICATION');
    await refused(
      verifying,
      'ACCEPTED',
      null,
      'BAD_USER_INPUT',
      'status',
      /only during VERIFICATION/,
      planner,
      'PHASE_CLOSED',
    );
    const rejected = await projectIn('VERIFICATION', 'REJECTED');
    await refused(
      rejected,
      'APPEALED',
      null,
      'BAD_USER_INPUT',
      'status',
      /only during APPEALS/,
      planner,
      'PHASE_CLOSED',
    );
  });

  test("a planner of another unit, and a project that doesn't exist", async () => {
    const id = await projectIn('VERIFICATION', 'SUBMITTED');
    await refused(id, 'IN_VERIFICATION', null, 'FORBIDDEN', undefined, /pool unit/, otherPlanner);
    const { body } = await step('00000000-0000-4000-8000-000000000000', 'IN_VERIFICATION');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'projectId' });
  });
});
