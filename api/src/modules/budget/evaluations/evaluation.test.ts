import { beforeAll, describe, expect, test } from 'vitest';
import { organisers, plannerOf } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import { submittedProjects } from './verification.scenario.js';

const { db, services, request } = useTestServer();

const start = `mutation ($ids: [ID!]!) { startBudgetVerification(projectIds: $ids) }`;
const assign = `mutation ($ids: [ID!]!, $input: EvaluationAssignmentInput!) {
  assignBudgetEvaluations(projectIds: $ids, input: $input) }`;
const decide = `mutation ($p: ID!, $input: EvaluationDecisionInput!) {
  decideBudgetEvaluation(projectId: $p, input: $input) {
    project { status rejectionReason }
    evaluations { stage decision justification checklist { item met } } } }`;
const queue = `query ($e: ID!, $f: VerificationQueueFilter, $first: Int, $after: String) {
  budgetVerificationQueue(editionId: $e, filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { project { id status } poolName evaluations { stage reviewerName overdue } } } } }`;

let planner: Record<string, string>;
let otherPlanner: Record<string, string>;
let reviewer: Awaited<ReturnType<typeof plannerOf>>;

beforeAll(async () => {
  const people = await organisers(db, services);
  planner = people.planner.headers;
  otherPlanner = people.otherPlanner.headers;
  reviewer = await plannerOf(db, services, 'zarzad-zieleni-m-st-warszawy', 'reviewer');
});

const positive = (items: string[]) => ({
  decision: 'POSITIVE',
  checklist: items.map((item) => ({ item, met: true })),
});

const stored = async (id: string) => {
  const { rows } = await db.pool.query(
    `SELECT p.status::text, p.rejection_reason AS reason,
            (SELECT json_agg(json_build_object('stage', stage, 'decision', decision,
               'reviewer', reviewer_id) ORDER BY stage) FROM budget_project_evaluation
             WHERE project_id = p.id) AS evaluations
     FROM budget_project p WHERE p.id = $1`,
    [id],
  );
  return rows[0];
};

test('formal check, then merit evaluation: one accepted, one rejected with its justification', async () => {
  const e = await submittedProjects(db);
  const [a = '', b = ''] = e.mokotow.projects;
  expect((await request(start, { ids: [a, b] }, planner)).body.errors).toBeUndefined();

  const formal = await request(decide, { p: a, input: positive(['CITY_TASK']) }, planner);
  expect(formal.body.data?.decideBudgetEvaluation).toMatchObject({
    project: { status: 'IN_VERIFICATION' },
    evaluations: [
      {
        stage: 'FORMAL',
        decision: 'POSITIVE',
        checklist: expect.arrayContaining([
          { item: 'CITY_TASK', met: true },
          { item: 'FORM_COMPLETE', met: false },
        ]),
      },
      { stage: 'MERIT', decision: null },
    ],
  });
  const merit = await request(decide, { p: a, input: positive(['LAWFUL']) }, planner);
  expect(merit.body.data?.decideBudgetEvaluation).toMatchObject({
    project: { status: 'ACCEPTED', rejectionReason: null },
  });

  const input = { decision: 'NEGATIVE', checklist: [], justification: ' not on city land ' };
  const negative = await request(decide, { p: b, input }, planner);
  expect(negative.body.data?.decideBudgetEvaluation).toMatchObject({
    project: { status: 'REJECTED', rejectionReason: 'not on city land' },
    evaluations: [{ stage: 'FORMAL', decision: 'NEGATIVE', justification: 'not on city land' }],
  });
  const { rows } = await db.pool.query(
    `SELECT action FROM audit_event WHERE target_id = $1 ORDER BY id`,
    [b],
  );
  expect(rows.map((r) => r.action)).toEqual([
    'budget.project.status',
    'budget.project.status',
    'budget.evaluation.decide',
  ]);
});

describe('refused, nothing stored', () => {
  test('a negative decision without a justification', async () => {
    const e = await submittedProjects(db);
    const id = e.mokotow.projects[0] ?? '';
    await request(start, { ids: [id] }, planner);
    const before = await stored(id);
    const input = { decision: 'NEGATIVE', checklist: [], justification: '  ' };
    const { body } = await request(decide, { p: id, input }, planner);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      reason: 'INPUT_REQUIRED',
      field: 'input.justification',
    });
    expect(await stored(id)).toEqual(before);
  });

  test('an item the checklist does not have', async () => {
    const e = await submittedProjects(db);
    const id = e.mokotow.projects[0] ?? '';
    await request(start, { ids: [id] }, planner);
    const { body } = await request(decide, { p: id, input: positive(['LAWFUL']) }, planner);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      reason: 'EVALUATION_CHECKLIST_ITEM_UNKNOWN',
      field: 'input.checklist.0.item',
      params: { item: 'LAWFUL', stage: 'FORMAL' },
    });
  });

  test('starting many when one cannot start: none starts', async () => {
    const e = await submittedProjects(db);
    const [a = '', b = ''] = e.mokotow.projects;
    await request(start, { ids: [b] }, planner);
    const { body } = await request(start, { ids: [a, b] }, planner);
    expect(body.errors?.[0]?.extensions?.reason).toBe('PROJECT_STATUS_STEP_INVALID');
    expect(await stored(a)).toMatchObject({ status: 'SUBMITTED', evaluations: null });
  });

  test('deciding outside VERIFICATION', async () => {
    const e = await submittedProjects(db);
    const id = e.mokotow.projects[0] ?? '';
    await request(start, { ids: [id] }, planner);
    await db.pool.query(`UPDATE budget_phase_period SET phase = 'APPEALS' WHERE edition_id = $1`, [
      e.editionId,
    ]);
    const { body } = await request(decide, { p: id, input: positive([]) }, planner);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      reason: 'PHASE_CLOSED',
      field: 'projectId',
    });
  });
});

test('bulk assignment: the reviewer sees and decides only what is assigned; others are refused', async () => {
  const e = await submittedProjects(db);
  const [a = '', b = '', c = ''] = e.mokotow.projects;
  await request(start, { ids: [a, b, c] }, planner);
  const dueAt = new Date(Date.now() - 60_000).toISOString();
  const assigned = await request(
    assign,
    { ids: [a, b], input: { reviewerId: reviewer.user.id, dueAt } },
    planner,
  );
  expect(assigned.body.errors).toBeUndefined();

  const reviewers = await request('{ budgetReviewers { id name unitName } }', {}, planner);
  expect(reviewers.body.data?.budgetReviewers).toContainEqual({
    id: reviewer.user.id,
    name: 'reviewer',
    unitName: expect.stringMatching(/Zieleni/),
  });
  const mine = await request(queue, { e: e.editionId }, reviewer.headers);
  const nodes = mine.body.data?.budgetVerificationQueue as {
    edges: {
      node: { project: { id: string }; evaluations: { reviewerName: string; overdue: boolean }[] };
    }[];
  };
  expect(nodes.edges.map((edge) => edge.node.project.id).sort()).toEqual([a, b].sort());
  expect(nodes.edges[0]?.node.evaluations).toEqual([
    { stage: 'FORMAL', reviewerName: 'reviewer', overdue: true },
  ]);

  expect(
    (await request(decide, { p: a, input: positive([]) }, reviewer.headers)).body.errors,
  ).toBeUndefined();
  const notAssigned = await request(decide, { p: c, input: positive([]) }, reviewer.headers);
  expect(notAssigned.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const other = await request(decide, { p: c, input: positive([]) }, otherPlanner);
  expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const byReviewer = await request(
    assign,
    { ids: [c], input: { reviewerId: reviewer.user.id } },
    reviewer.headers,
  );
  expect(byReviewer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('the queue: filtered by reviewer, overdue and pool, paged', async () => {
  const e = await submittedProjects(db);
  const [a = '', b = '', c = ''] = e.mokotow.projects;
  await request(start, { ids: [a, b, c] }, planner);
  const past = new Date(Date.now() - 60_000).toISOString();
  await request(
    assign,
    { ids: [a], input: { reviewerId: reviewer.user.id, dueAt: past } },
    planner,
  );
  await request(assign, { ids: [b], input: { reviewerId: reviewer.user.id } }, planner);
  const ids = async (f: Record<string, unknown>) => {
    const { body } = await request(queue, { e: e.editionId, f }, planner);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    const q = body.data?.budgetVerificationQueue as {
      edges: { node: { project: { id: string } } }[];
    };
    return q.edges.map((edge) => edge.node.project.id);
  };
  expect((await ids({ reviewerId: reviewer.user.id })).sort()).toEqual([a, b].sort());
  expect(await ids({ overdue: true })).toEqual([a]);
  expect(await ids({ poolId: e.wola.id })).toEqual([]);
  expect(await ids({ poolId: e.mokotow.id, statuses: ['ACCEPTED'] })).toEqual([]);

  const first = await request(queue, { e: e.editionId, first: 2 }, planner);
  const page = first.body.data?.budgetVerificationQueue as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: unknown[];
  };
  expect(page).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
  const second = await request(
    queue,
    { e: e.editionId, first: 2, after: page.pageInfo.endCursor },
    planner,
  );
  expect(second.body.data?.budgetVerificationQueue).toMatchObject({
    pageInfo: { hasNextPage: false },
    edges: [{}],
  });

  const others = await request(queue, { e: e.editionId }, otherPlanner);
  expect(others.body.data?.budgetVerificationQueue).toMatchObject({ totalCount: 0 });
});
