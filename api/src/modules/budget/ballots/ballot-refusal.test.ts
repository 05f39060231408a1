// Every castBallot refusal: its code, its reason, and that nothing was recorded.
import { beforeAll, describe, expect, test } from 'vitest';
import { signedInUser } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import { createBudgetEdition } from '../budget.scenario.js';
import { updateProjectStatus } from '../projects/project-staff.sql.js';
import { ballotCount, castBallot as cast } from './ballot.scenario.js';

const { db, services, request } = useTestServer();

type Edition = Awaited<ReturnType<typeof createBudgetEdition>>;
let edition: Edition;

beforeAll(async () => {
  edition = await createBudgetEdition(db);
});

async function voter(
  name: string,
  options: Parameters<typeof signedInUser>[3] = { verified: true },
) {
  return (await signedInUser(db, services, name, options)).headers;
}

describe('refused, and nothing recorded', () => {
  const refused = async (
    variables: (e: Edition) => Record<string, unknown>,
    headers: Record<string, string>,
    code: string,
    message: RegExp,
    e: Edition = edition,
    reason?: string,
  ) => {
    const before = await ballotCount(db, e.editionId);
    const { body } = await request(cast, variables(e), headers);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.errors?.[0]?.message).toMatch(message);
    if (reason) expect(body.errors?.[0]?.extensions?.reason).toBe(reason);
    expect(await ballotCount(db, e.editionId)).toBe(before);
    return body.errors?.[0];
  };

  test('a ballot over a pool limit', async () => {
    const e = edition;
    const district = await refused(
      () => ({ e: e.editionId, d: e.mokotow.id, p: e.mokotow.projects }),
      await voter('over'),
      'BAD_USER_INPUT',
      /approves 3 district projects; the limit is 2/,
      e,
      'BALLOT_OVER_LIMIT',
    );
    expect(district?.extensions?.params).toEqual({ limit: 2, approved: 3, poolKind: 'AREA' });
    const citywide = await refused(
      () => ({ e: e.editionId, d: e.mokotow.id, p: e.citywide.projects }),
      await voter('over2'),
      'BAD_USER_INPUT',
      /approves 3 city-wide projects; the limit is 2/,
      e,
      'BALLOT_OVER_LIMIT',
    );
    expect(citywide?.extensions?.params).toEqual({ limit: 2, approved: 3, poolKind: 'CITYWIDE' });
  });

  test('a project of another district', async () => {
    const error = await refused(
      (e) => ({ e: e.editionId, d: e.mokotow.id, p: [e.mokotow.projects[0], e.wola.projects[0]] }),
      await voter('elsewhere'),
      'BAD_USER_INPUT',
      /another district's pool/,
      edition,
      'BALLOT_OTHER_DISTRICT',
    );
    expect(error?.extensions?.field).toBe('projectIds[1]');
  });

  test('a project of another edition', async () => {
    const other = await createBudgetEdition(db);
    await refused(
      (e) => ({ e: e.editionId, d: e.mokotow.id, p: [other.mokotow.projects[0]] }),
      await voter('crossed'),
      'BAD_USER_INPUT',
      /no project .* in edition/,
      edition,
      'BALLOT_PROJECT_NOT_ON_BALLOT',
    );
  });

  test('outside VOTING', async () => {
    const submission = await createBudgetEdition(db, { phase: 'SUBMISSION' });
    const error = await refused(
      (e) => ({ e: e.editionId, d: e.mokotow.id, p: [e.mokotow.projects[0]] }),
      await voter('early'),
      'BAD_USER_INPUT',
      /editionId: this is allowed only during VOTING; the edition has no VOTING phase/,
      submission,
      'BALLOT_OUTSIDE_VOTING',
    );
    expect(error?.extensions?.params).toEqual({ phase: 'VOTING' });
  });

  test('an unverified resident', async () => {
    await refused(
      (e) => ({ e: e.editionId, d: e.mokotow.id, p: [e.mokotow.projects[0]] }),
      await voter('unverified', {}),
      'FORBIDDEN',
      /VERIFIED/,
      edition,
      'BALLOT_VOTER_NOT_VERIFIED',
    );
  });

  test('an underage voter', async () => {
    const error = await refused(
      (e) => ({ e: e.editionId, d: e.mokotow.id, p: [e.mokotow.projects[0]] }),
      await voter('young', { verified: true, birthYear: 2015 }),
      'FORBIDDEN',
      /at least 16/,
      edition,
      'BALLOT_VOTER_TOO_YOUNG',
    );
    expect(error?.extensions?.params).toEqual({ minAge: 16, year: 2026 });
  });

  test('a second ballot: CONFLICT naming the edition', async () => {
    const headers = await voter('twice');
    const variables = { e: edition.editionId, d: edition.wola.id, p: [edition.wola.projects[0]] };
    expect((await request(cast, variables, headers)).body.errors).toBeUndefined();
    const error = await refused(
      () => variables,
      headers,
      'CONFLICT',
      /already voted/,
      edition,
      'BALLOT_ALREADY_CAST',
    );
    expect(error?.message).toContain(edition.editionId);
    expect(error?.extensions?.field).toBe('editionId');
  });
});

test('a voter without a birth year, where the edition has a minimum age', async () => {
  const { user, headers } = await signedInUser(db, services, 'ageless', { verified: true });
  await db.prisma.user.update({ where: { id: user.id }, data: { birthYear: null } });
  const variables = {
    e: edition.editionId,
    d: edition.mokotow.id,
    p: [edition.mokotow.projects[0]],
  };
  const { body } = await request(cast, variables, headers);
  expect(body.errors?.[0]?.extensions).toMatchObject({
    code: 'FORBIDDEN',
    reason: 'BALLOT_VOTER_NO_BIRTH_YEAR',
    params: { minAge: 16 },
  });
});

test('a project no longer on the ballot, and an empty ballot', async () => {
  const e = await createBudgetEdition(db);
  const [dropped, kept] = e.mokotow.projects;
  await updateProjectStatus(db.pool, dropped ?? '', 'ACCEPTED', 'NOT_SELECTED', null);
  const headers = await voter('late-pick');
  const stale = await request(
    cast,
    { e: e.editionId, d: e.mokotow.id, p: [kept, dropped] },
    headers,
  );
  expect(stale.body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    reason: 'BALLOT_PROJECT_NOT_ON_BALLOT',
    field: 'projectIds[1]',
    params: { status: 'NOT_SELECTED' },
  });
  const empty = await request(cast, { e: e.editionId, d: e.mokotow.id, p: [] }, headers);
  expect(empty.body.errors?.[0]?.extensions).toMatchObject({
    reason: 'BALLOT_EMPTY',
    field: 'projectIds',
  });
  expect(await ballotCount(db, e.editionId)).toBe(0);
});
