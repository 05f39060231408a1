import { beforeAll, describe, expect, test } from 'vitest';
import { plannerOf, type SignedIn, signedInUser } from '../../../../test/personas.js';
import { createUser } from '../../../../test/scenario.js';
import { useTestServer } from '../../../../test/server.js';
import { createBudgetEdition } from '../budget.scenario.js';
import { castBallot } from './ballot.scenario.js';

const { db, services, request } = useTestServer();

const enter = `mutation ($e: ID!, $d: ID, $p: [ID!]!, $r: String!, $v: String!) {
  enterPaperBallot(editionId: $e, districtPoolId: $d, projectIds: $p, voterReference: $r,
    voterEmail: $v) { id districtPoolId projectIds } }`;

type Edition = Awaited<ReturnType<typeof createBudgetEdition>>;
let edition: Edition;
let staff: { id: string; headers: Record<string, string> };

beforeAll(async () => {
  edition = await createBudgetEdition(db);
  const user = await plannerOf(db, services, 'urzad-dzielnicy-mokotow', 'paper-staff');
  staff = { id: user.user.id, headers: user.headers };
});

const newVoter = async (options: Parameters<typeof createUser>[2] = { verified: true }) =>
  (await createUser(db, 'paper-voter', options)).email ?? '';

const written = async (editionId: string) => {
  const { rows } = await db.pool.query<{ ballots: number; audits: number }>(
    `SELECT (SELECT count(*)::int FROM budget_ballot WHERE edition_id = $1) AS ballots,
            (SELECT count(*)::int FROM audit_event
             WHERE action LIKE 'budget.ballot.paper%' AND (after->>'editionId' = $1::text
               OR before->>'editionId' = $1::text)) AS audits`,
    [editionId],
  );
  return rows[0];
};

async function enterSheet(e: Edition, reference: string, voterEmail: string) {
  const { body } = await request(
    enter,
    { e: e.editionId, d: e.mokotow.id, p: [e.mokotow.projects[0]], r: reference, v: voterEmail },
    staff.headers,
  );
  return body;
}

test("district staff enter a paper ballot for the voter's account: who entered it audited, not whom for or what it approves", async () => {
  const email = await newVoter();
  const projectIds = [edition.mokotow.projects[0], edition.citywide.projects[0]];
  const { body } = await request(
    enter,
    { e: edition.editionId, d: edition.mokotow.id, p: projectIds, r: ' sheet-0001 ', v: email },
    staff.headers,
  );
  expect(body.errors).toBeUndefined();
  const ballot = (body.data as { enterPaperBallot: { id: string; projectIds: string[] } })
    .enterPaperBallot;
  expect(ballot.projectIds).toEqual([...projectIds].sort());
  const { rows } = await db.pool.query(
    `SELECT u.email, b.paper, b.entered_by_id, b.paper_reference
     FROM budget_ballot b JOIN app_user u ON u.id = b.voter_id WHERE b.id = $1`,
    [ballot.id],
  );
  expect(rows[0]).toEqual({
    email,
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

describe('a voter counts once, on paper or online', () => {
  let voter: SignedIn;
  let e: Edition;
  beforeAll(async () => {
    e = await createBudgetEdition(db, { ballotChangeable: true });
    voter = await signedInUser(db, services, 'two-channel-voter', { verified: true });
  });
  const online = (headers: Record<string, string>) =>
    request(castBallot, { e: e.editionId, d: e.wola.id, p: [e.wola.projects[1]] }, headers);

  test('online first: their paper ballot is refused at voterEmail, and nothing written', async () => {
    const first = await online(voter.headers);
    expect(first.body.errors).toBeUndefined();
    const before = await written(e.editionId);
    const body = await enterSheet(e, 'late-sheet', voter.user.email ?? '');
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PAPER_BALLOT_VOTER_HAS_VOTED',
      field: 'voterEmail',
    });
    expect(await written(e.editionId)).toEqual(before);
  });

  test('paper first: online is refused, even where ballots may change, and the paper one stays', async () => {
    const other = await signedInUser(db, services, 'paper-first-voter', { verified: true });
    expect((await enterSheet(e, 'early-sheet', other.user.email ?? '')).errors).toBeUndefined();
    const { body } = await online(other.headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'BALLOT_ALREADY_CAST' });
    const { rows } = await db.pool.query(
      `SELECT b.district_pool_id AS pool, array_agg(a.project_id) AS projects
       FROM budget_ballot b JOIN budget_ballot_approval a ON a.ballot_id = b.id
       WHERE b.edition_id = $1 AND b.voter_id = $2 GROUP BY b.id`,
      [e.editionId, other.user.id],
    );
    expect(rows).toEqual([{ pool: e.mokotow.id, projects: [e.mokotow.projects[0]] }]);
  });
});

describe('refused, and nothing written', () => {
  const refused = async (
    vars: Record<string, unknown>,
    expected: { code: string; field?: string; reason?: string },
    message: RegExp,
    headers = staff.headers,
    e: Edition = edition,
  ) => {
    const before = await written(e.editionId);
    const { body } = await request(
      enter,
      { e: e.editionId, d: e.mokotow.id, r: 'x-1', v: await newVoter(), ...vars },
      headers,
    );
    const { code, field, reason } = body.errors?.[0]?.extensions ?? {};
    expect({ code, field, reason: expected.reason && reason }).toEqual(expected);
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(await written(e.editionId)).toEqual(before);
  };
  const p0 = () => [edition.mokotow.projects[0]];

  test('a reference entered twice: CONFLICT naming voterReference', async () => {
    expect((await enterSheet(edition, 'twice', await newVoter())).errors).toBeUndefined();
    await refused(
      { p: p0(), r: 'twice' },
      { code: 'CONFLICT', field: 'voterReference', reason: 'PAPER_BALLOT_ALREADY_ENTERED' },
      /already entered/,
    );
  });

  test('a blank reference', async () => {
    await refused(
      { p: p0(), r: '  ' },
      { code: 'BAD_USER_INPUT', field: 'voterReference', reason: 'INPUT_REQUIRED' },
      /reference/,
    );
  });

  test('a voter with no account, an unverified one, one too young', async () => {
    await refused(
      { p: p0(), v: 'nobody@example.invalid' },
      { code: 'BAD_USER_INPUT', field: 'voterEmail', reason: 'PAPER_BALLOT_VOTER_UNKNOWN' },
      /no account/,
    );
    await refused(
      { p: p0(), v: await newVoter({}) },
      { code: 'FORBIDDEN', field: 'voterEmail', reason: 'BALLOT_VOTER_NOT_VERIFIED' },
      /not verified/,
    );
    await refused(
      { p: p0(), v: await newVoter({ verified: true, birthYear: 2020 }) },
      { code: 'FORBIDDEN', field: 'voterEmail', reason: 'BALLOT_VOTER_TOO_YOUNG' },
      /age of at least 16/,
    );
  });

  test('over a pool limit, and a project of another district', async () => {
    await refused(
      { p: edition.mokotow.projects },
      { code: 'BAD_USER_INPUT', field: 'projectIds', reason: 'BALLOT_OVER_LIMIT' },
      /limit is 2/,
    );
    await refused(
      { p: [edition.wola.projects[0]] },
      { code: 'BAD_USER_INPUT', field: 'projectIds[0]', reason: 'BALLOT_OTHER_DISTRICT' },
      /another district's pool/,
    );
  });

  test('outside VOTING', async () => {
    const early = await createBudgetEdition(db, { phase: 'SUBMISSION' });
    await refused(
      { p: [early.mokotow.projects[0]] },
      { code: 'BAD_USER_INPUT', field: 'editionId', reason: 'BALLOT_OUTSIDE_VOTING' },
      /only during VOTING/,
      staff.headers,
      early,
    );
  });

  test("another district's pool, and a resident", async () => {
    await refused(
      { d: edition.wola.id, p: [edition.wola.projects[0]] },
      { code: 'FORBIDDEN', field: undefined },
      /district pool's office/,
    );
    const resident = (await signedInUser(db, services, 'paper-resident', { verified: true }))
      .headers;
    await refused({ p: p0() }, { code: 'FORBIDDEN', field: undefined }, /./, resident);
  });
});
