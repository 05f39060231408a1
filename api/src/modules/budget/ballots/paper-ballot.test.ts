import { beforeAll, describe, expect, test } from 'vitest';
import { plannerOf, signedInUser } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import { createBudgetEdition } from '../budget.scenario.js';

const { db, services, request } = useTestServer();

const enter = `mutation ($e: ID!, $d: ID, $p: [ID!]!, $r: String!) {
  enterPaperBallot(editionId: $e, districtPoolId: $d, projectIds: $p, voterReference: $r) {
    id districtPoolId projectIds } }`;

type Edition = Awaited<ReturnType<typeof createBudgetEdition>>;
let edition: Edition;
let staff: { id: string; headers: Record<string, string> };

beforeAll(async () => {
  edition = await createBudgetEdition(db);
  const user = await plannerOf(db, services, 'urzad-dzielnicy-mokotow', 'paper-staff');
  staff = { id: user.user.id, headers: user.headers };
});

const written = async (editionId: string) => {
  const { rows } = await db.pool.query<{ ballots: number; audits: number }>(
    `SELECT (SELECT count(*)::int FROM budget_ballot WHERE edition_id = $1) AS ballots,
            (SELECT count(*)::int FROM audit_event
             WHERE action = 'budget.ballot.paper' AND after->>'editionId' = $1::text) AS audits`,
    [editionId],
  );
  return rows[0];
};

test('district staff enter a paper ballot: no voter, who entered it audited, not what it approves', async () => {
  const projectIds = [edition.mokotow.projects[0], edition.citywide.projects[0]];
  const { body } = await request(
    enter,
    { e: edition.editionId, d: edition.mokotow.id, p: projectIds, r: ' sheet-0001 ' },
    staff.headers,
  );
  expect(body.errors).toBeUndefined();
  const ballot = (body.data as { enterPaperBallot: { id: string; projectIds: string[] } })
    .enterPaperBallot;
  expect(ballot.projectIds).toEqual([...projectIds].sort());
  const { rows } = await db.pool.query(
    `SELECT voter_id, paper, entered_by_id, paper_reference FROM budget_ballot WHERE id = $1`,
    [ballot.id],
  );
  expect(rows[0]).toEqual({
    voter_id: null,
    paper: true,
    entered_by_id: staff.id,
    paper_reference: 'sheet-0001',
  });
  const { rows: audits } = await db.pool.query(
    `SELECT actor_id, after FROM audit_event WHERE target_id = $1`,
    [ballot.id],
  );
  expect(audits).toEqual([
    {
      actor_id: staff.id,
      after: { editionId: edition.editionId, voterReference: 'sheet-0001', enteredById: staff.id },
    },
  ]);
});

describe('refused, and nothing written', () => {
  const refused = async (
    vars: Record<string, unknown>,
    code: string,
    field: string | undefined,
    message: RegExp,
    headers = staff.headers,
    e: Edition = edition,
    reason?: string,
  ) => {
    const before = await written(e.editionId);
    const { body } = await request(
      enter,
      { e: e.editionId, d: e.mokotow.id, r: 'x-1', ...vars },
      headers,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    if (reason) expect(body.errors?.[0]?.extensions?.reason).toBe(reason);
    expect(body.errors?.[0]?.extensions?.field).toBe(field);
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(await written(e.editionId)).toEqual(before);
  };

  test('a reference entered twice: CONFLICT naming voterReference', async () => {
    const p = [edition.mokotow.projects[1]];
    const first = await request(
      enter,
      { e: edition.editionId, d: edition.mokotow.id, p, r: 'twice' },
      staff.headers,
    );
    expect(first.body.errors).toBeUndefined();
    await refused(
      { p, r: 'twice' },
      'CONFLICT',
      'voterReference',
      /already entered/,
      staff.headers,
      edition,
      'PAPER_BALLOT_ALREADY_ENTERED',
    );
  });

  test('a blank reference', async () => {
    await refused(
      { p: [edition.mokotow.projects[0]], r: '  ' },
      'BAD_USER_INPUT',
      'voterReference',
      /reference/,
      staff.headers,
      edition,
      'INPUT_REQUIRED',
    );
  });

  test('over a pool limit, and a project of another district', async () => {
    await refused(
      { p: edition.mokotow.projects },
      'BAD_USER_INPUT',
      'projectIds',
      /limit is 2/,
      staff.headers,
      edition,
      'BALLOT_OVER_LIMIT',
    );
    await refused(
      { p: [edition.wola.projects[0]] },
      'BAD_USER_INPUT',
      'projectIds[0]',
      /another district's pool/,
      staff.headers,
      edition,
      'BALLOT_OTHER_DISTRICT',
    );
  });

  test('outside VOTING', async () => {
    const early = await createBudgetEdition(db, { phase: 'SUBMISSION' });
    await refused(
      { p: [early.mokotow.projects[0]] },
      'BAD_USER_INPUT',
      'editionId',
      /only during VOTING/,
      staff.headers,
      early,
      'BALLOT_OUTSIDE_VOTING',
    );
  });

  test("another district's pool, and a resident", async () => {
    await refused(
      { d: edition.wola.id, p: [edition.wola.projects[0]] },
      'FORBIDDEN',
      undefined,
      /district pool's office/,
    );
    const resident = (await signedInUser(db, services, 'paper-resident', { verified: true }))
      .headers;
    await refused({ p: [edition.mokotow.projects[0]] }, 'FORBIDDEN', undefined, /./, resident);
  });
});
