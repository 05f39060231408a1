import { beforeAll, expect, test } from 'vitest';
import { plannerOf } from '../../../../test/personas.js';
import { createUser } from '../../../../test/scenario.js';
import { useTestServer } from '../../../../test/server.js';
import { createBudgetEdition } from '../budget.scenario.js';

const { db, services, request } = useTestServer();

const enter = `mutation ($e: ID!, $d: ID, $p: [ID!]!, $r: String!, $v: String!) {
  enterPaperBallot(editionId: $e, districtPoolId: $d, projectIds: $p, voterReference: $r,
    voterEmail: $v) { id } }`;
const list = `query ($e: ID!, $after: String) { paperBallots(editionId: $e, first: 2, after: $after) {
  edges { node { id reference districtPoolId projectIds } } pageInfo { hasNextPage endCursor } } }`;
const correct = `mutation ($b: ID!, $d: ID, $p: [ID!]!) {
  correctPaperBallot(ballotId: $b, districtPoolId: $d, projectIds: $p) { id districtPoolId projectIds } }`;
const remove = 'mutation ($b: ID!) { removePaperBallot(ballotId: $b) { id reference } }';

type Edition = Awaited<ReturnType<typeof createBudgetEdition>>;
let edition: Edition;
let staff: Record<string, string>;
const ids: string[] = [];

beforeAll(async () => {
  edition = await createBudgetEdition(db);
  staff = (await plannerOf(db, services, 'urzad-dzielnicy-mokotow', 'paper-staff')).headers;
  for (const reference of ['s-1', 's-2', 's-3']) {
    const voter = (await createUser(db, 'paper-voter', { verified: true })).email;
    const { body } = await request(
      enter,
      {
        e: edition.editionId,
        d: edition.mokotow.id,
        p: [edition.mokotow.projects[0]],
        r: reference,
        v: voter,
      },
      staff,
    );
    ids.push((body.data as { enterPaperBallot: { id: string } }).enterPaperBallot.id);
  }
});

type Page = {
  paperBallots: {
    edges: { node: { id: string; reference: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

test('the entered sheets are listed in pages, the last entered first', async () => {
  const first = (await request(list, { e: edition.editionId }, staff)).body.data as Page;
  expect(first.paperBallots.edges.map((e) => e.node.reference)).toEqual(['s-3', 's-2']);
  expect(first.paperBallots.pageInfo.hasNextPage).toBe(true);
  const after = first.paperBallots.pageInfo.endCursor;
  const second = (await request(list, { e: edition.editionId, after }, staff)).body.data as Page;
  expect(second.paperBallots.edges.map((e) => e.node.reference)).toEqual(['s-1']);
});

test('a mistyped sheet is corrected within the ballot limits, audited', async () => {
  const p = [edition.mokotow.projects[1], edition.citywide.projects[0]];
  const over = await request(
    correct,
    { b: ids[0], d: edition.mokotow.id, p: edition.mokotow.projects },
    staff,
  );
  expect(over.body.errors?.[0]?.extensions).toMatchObject({
    reason: 'BALLOT_OVER_LIMIT',
    field: 'projectIds',
  });
  const { body } = await request(correct, { b: ids[0], d: edition.mokotow.id, p }, staff);
  expect(body.errors).toBeUndefined();
  expect(
    (body.data as { correctPaperBallot: { projectIds: string[] } }).correctPaperBallot.projectIds,
  ).toEqual([...p].sort());
  const { rows } = await db.pool.query(
    'SELECT array_agg(project_id ORDER BY project_id) AS p FROM budget_ballot_approval WHERE ballot_id = $1',
    [ids[0]],
  );
  expect(rows[0].p).toEqual([...p].sort());
  const audits = await db.prisma.auditEvent.count({
    where: { action: 'budget.ballot.paper.correct', targetId: ids[0] },
  });
  expect(audits).toBe(1);
});

test('a sheet entered by mistake is removed, audited, and is gone', async () => {
  const { body } = await request(remove, { b: ids[1] }, staff);
  expect(body.errors).toBeUndefined();
  const left = await db.pool.query('SELECT 1 FROM budget_ballot WHERE id = $1', [ids[1]]);
  expect(left.rows).toEqual([]);
  const audit = await db.prisma.auditEvent.findFirst({
    where: { action: 'budget.ballot.paper.remove', targetId: ids[1] },
  });
  expect(audit?.before).toEqual({ editionId: edition.editionId, voterReference: 's-2' });
  const again = await request(remove, { b: ids[1] }, staff);
  expect(again.body.errors?.[0]?.extensions).toMatchObject({
    code: 'NOT_FOUND',
    field: 'ballotId',
  });
});

test('once the edition is tallied, its paper ballots are final', async () => {
  await db.pool.query(
    `INSERT INTO budget_pool_result (pool_id, edition_id, result) VALUES ($1, $2, '{}')`,
    [edition.mokotow.id, edition.editionId],
  );
  for (const [query, vars] of [
    [remove, { b: ids[2] }],
    [correct, { b: ids[2], d: edition.mokotow.id, p: [edition.mokotow.projects[2]] }],
  ] as const) {
    const { body } = await request(query, vars, staff);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PAPER_BALLOT_TALLIED',
    });
  }
  const { rows } = await db.pool.query(
    'SELECT project_id FROM budget_ballot_approval WHERE ballot_id = $1',
    [ids[2]],
  );
  expect(rows).toEqual([{ project_id: edition.mokotow.projects[0] }]);
});
