import { beforeAll, expect, test } from 'vitest';
import { signedInUser } from '../../../../test/personas.js';
import { useTestServer } from '../../../../test/server.js';
import { createBudgetEdition } from '../budget.scenario.js';
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

test('a verified resident votes in one district pool and city-wide, and sees only their own ballot', async () => {
  const headers = await voter('alicja');
  const projectIds = [edition.mokotow.projects[0], edition.citywide.projects[1]];
  const { body } = await request(
    cast,
    { e: edition.editionId, d: edition.mokotow.id, p: projectIds },
    headers,
  );
  expect(body.errors).toBeUndefined();
  const mine = await request(
    'query ($e: ID!) { myBallot(editionId: $e) { districtPoolId projectIds } }',
    { e: edition.editionId },
    headers,
  );
  expect(mine.body.data?.myBallot).toEqual({
    districtPoolId: edition.mokotow.id,
    projectIds: [...projectIds].sort(),
  });
  const other = await request(
    'query ($e: ID!) { myBallot(editionId: $e) { id } }',
    { e: edition.editionId },
    await voter('bogdan'),
  );
  expect(other.body.data?.myBallot).toBeNull();
});

test('200 simultaneous ballots from 100 voters (2 each) leave exactly 100 ballots', async () => {
  const fresh = await createBudgetEdition(db);
  const voters = await Promise.all(Array.from({ length: 100 }, (_, i) => voter(`v${i}`)));
  const variables = { e: fresh.editionId, d: fresh.mokotow.id, p: [fresh.mokotow.projects[0]] };
  const responses = await Promise.all(
    voters.flatMap((headers) => [
      request(cast, variables, headers),
      request(cast, variables, headers),
    ]),
  );
  const codes = responses.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK');
  expect(
    codes.filter((c) => c !== 'OK' && c !== 'CONFLICT'),
    JSON.stringify(responses.find((r) => r.body.errors)?.body.errors),
  ).toEqual([]);
  expect(codes.filter((c) => c === 'OK')).toHaveLength(100);
  expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(100);
  expect(await ballotCount(db, fresh.editionId)).toBe(100);
}, 120_000);

test('where the edition allows it, a second ballot replaces the first', async () => {
  const e = await createBudgetEdition(db, { ballotChangeable: true });
  const headers = await voter('changer');
  await request(cast, { e: e.editionId, d: e.mokotow.id, p: [e.mokotow.projects[0]] }, headers);
  const { body } = await request(
    cast,
    { e: e.editionId, d: e.wola.id, p: [e.wola.projects[1]] },
    headers,
  );
  expect(body.data?.castBallot).toMatchObject({
    districtPoolId: e.wola.id,
    projectIds: [e.wola.projects[1]],
  });
  expect(await ballotCount(db, e.editionId)).toBe(1);
});

test('a replacing ballot keeps the approvals named again, drops the others and adds the new', async () => {
  const e = await createBudgetEdition(db, { ballotChangeable: true });
  const headers = await voter('reviser');
  const [kept = '', dropped = '', added = ''] = [
    e.citywide.projects[0],
    e.mokotow.projects[0],
    e.mokotow.projects[1],
  ];
  await request(cast, { e: e.editionId, d: e.mokotow.id, p: [kept, dropped] }, headers);
  const { body } = await request(
    cast,
    { e: e.editionId, d: e.mokotow.id, p: [added, kept] },
    headers,
  );
  const mine = await request(
    'query ($e: ID!) { myBallot(editionId: $e) { districtPoolId projectIds } }',
    { e: e.editionId },
    headers,
  );
  const expected = { districtPoolId: e.mokotow.id, projectIds: [added, kept].sort() };
  expect(mine.body.data?.myBallot).toEqual(expected);
  expect(body.data?.castBallot).toMatchObject(expected);
});
