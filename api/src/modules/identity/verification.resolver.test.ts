import { beforeAll, describe, expect, test } from 'vitest';
import { type SignedIn, signedInUser } from '../../../test/personas.js';
import { createUser, unitBySlug } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { buildPlacSchema } from '../../schema/build-schema.js';
import { verificationOf, verifyMutation } from './identity.scenario.js';
import { warsawToday } from './verification.inputs.js';

const { db, services, request } = useTestServer();
let admin: SignedIn;
let mokotowPlanner: SignedIn;
let wolaPlanner: SignedIn;
let bureauPlanner: SignedIn;
let mokotow: { id: string };
let wola: { id: string };
let bureau: { id: string };

beforeAll(async () => {
  mokotow = await unitBySlug(db, 'urzad-dzielnicy-mokotow');
  wola = await unitBySlug(db, 'urzad-dzielnicy-wola');
  bureau = await unitBySlug(db, 'zarzad-zieleni-m-st-warszawy');
  admin = await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] });
  mokotowPlanner = await signedInUser(db, services, 'mokotow', {
    roles: [{ role: 'PLANNER', unitId: mokotow.id }],
  });
  wolaPlanner = await signedInUser(db, services, 'wola', {
    roles: [{ role: 'PLANNER', unitId: wola.id }],
  });
  bureauPlanner = await signedInUser(db, services, 'bureau', {
    roles: [{ role: 'PLANNER', unitId: bureau.id }],
  });
});

const auditFor = (targetId: string) =>
  db.prisma.auditEvent.findMany({ where: { targetId }, orderBy: { id: 'asc' } });
const stored = (id: string) => db.prisma.user.findUniqueOrThrow({ where: { id } });
const daysFromToday = (days: number) => warsawToday(new Date(Date.now() + days * 86_400_000));

describe('verifying a resident', () => {
  test('a planner of a district office records method, document, date and unit; audited', async () => {
    const resident = await createUser(db, 'to-verify', { birthYear: 1990 });
    const input = verificationOf(resident.id, mokotow.id, {
      method: 'LETTER',
      document: 'RESIDENCE_CARD',
      birthYear: 1984,
    });
    const { body } = await request(verifyMutation, input, mokotowPlanner.headers);
    expect(body.data).toEqual({ verifyResident: { id: resident.id, verified: true } });
    expect(await stored(resident.id)).toMatchObject({
      verifiedById: mokotowPlanner.user.id,
      verificationMethod: 'LETTER',
      birthYear: 1984,
    });
    const [record] = await db.prisma.residentVerification.findMany({
      where: { userId: resident.id },
    });
    expect(record).toMatchObject({
      method: 'LETTER',
      document: 'RESIDENCE_CARD',
      unitId: mokotow.id,
      verifiedById: mokotowPlanner.user.id,
      revokedAt: null,
    });
    expect(record?.checkedOn.toISOString().slice(0, 10)).toBe(warsawToday());
    expect((await auditFor(resident.id))[0]).toMatchObject({
      actorId: mokotowPlanner.user.id,
      action: 'user.verify',
      after: {
        method: 'LETTER',
        document: 'RESIDENCE_CARD',
        checkedOn: warsawToday(),
        unitId: mokotow.id,
        birthYear: 1984,
      },
    });
  });

  test('the resident and admins see how; the verification names its unit', async () => {
    const resident = await signedInUser(db, services, 'sees-own');
    await request(verifyMutation, verificationOf(resident.user.id, wola.id), admin.headers);
    const { body } = await request(
      '{ me { verified verification { method document checkedOn unit { slug } revokedAt } } }',
      {},
      resident.headers,
    );
    expect(body.data).toEqual({
      me: {
        verified: true,
        verification: {
          method: 'IN_PERSON',
          document: 'ID_CARD',
          checkedOn: warsawToday(),
          unit: { slug: 'urzad-dzielnicy-wola' },
          revokedAt: null,
        },
      },
    });
  });

  test.each([
    [
      'a planner of a city bureau',
      () => bureauPlanner,
      () => mokotow.id,
      'VERIFICATION_ONLY_DISTRICT_PLANNER',
      undefined,
    ],
    [
      "a planner in another district's office",
      () => wolaPlanner,
      () => mokotow.id,
      'VERIFICATION_UNIT_NOT_MANAGED',
      'input.unitId',
    ],
  ])('%s may not; nothing is written', async (_, who, unit, reason, field) => {
    const resident = await createUser(db, 'not-verified');
    const { body } = await request(
      verifyMutation,
      verificationOf(resident.id, unit()),
      who().headers,
    );
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason,
      ...(field && { field }),
    });
    expect((await stored(resident.id)).verifiedAt).toBeNull();
    expect(await auditFor(resident.id)).toEqual([]);
  });

  test.each([
    [
      'a date in the future',
      { checkedOn: daysFromToday(2) },
      'input.checkedOn',
      'VERIFICATION_DATE_IN_FUTURE',
    ],
    [
      'a date before the account',
      { checkedOn: '2001-01-01' },
      'input.checkedOn',
      'VERIFICATION_DATE_BEFORE_ACCOUNT',
    ],
    ['a birth year out of range', { birthYear: 1800 }, 'input.birthYear', 'INPUT_OUT_OF_RANGE'],
    [
      'an unknown unit',
      { unitId: '00000000-0000-0000-0000-000000000000' },
      'input.unitId',
      'UNIT_NOT_FOUND',
    ],
    [
      'an unknown user',
      { userId: '00000000-0000-0000-0000-000000000000' },
      'input.userId',
      'USER_NOT_FOUND',
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_, change, field, reason) => {
    const resident = await createUser(db, 'bad-input');
    const input = verificationOf(resident.id, mokotow.id, change);
    const { body } = await request(verifyMutation, input, admin.headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({ reason, field });
    expect((await stored(resident.id)).verifiedAt).toBeNull();
    expect(await db.prisma.residentVerification.count({ where: { userId: resident.id } })).toBe(0);
    expect(await auditFor(resident.id)).toEqual([]);
  });

  test('a verified resident is not verified twice; revoked, they may be again', async () => {
    const resident = await createUser(db, 'twice');
    const input = verificationOf(resident.id, mokotow.id);
    await request(verifyMutation, input, admin.headers);
    const again = await request(verifyMutation, input, admin.headers);
    expect(again.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'VERIFICATION_ALREADY_VERIFIED',
    });
    const revoke =
      'mutation ($u: ID!, $r: String!) { revokeVerification(userId: $u, reason: $r) { verified } }';
    const revoked = await request(
      revoke,
      { u: resident.id, r: 'wrong person' },
      mokotowPlanner.headers,
    );
    expect(revoked.body.data).toEqual({ revokeVerification: { verified: false } });
    expect(await stored(resident.id)).toMatchObject({ verifiedAt: null, verificationMethod: null });
    const records = await db.prisma.residentVerification.findMany({
      where: { userId: resident.id },
    });
    expect(records).toMatchObject([
      { revokedById: mokotowPlanner.user.id, revokeReason: 'wrong person' },
    ]);
    expect((await auditFor(resident.id)).map((e) => e.action)).toEqual([
      'user.verify',
      'user.verification.revoke',
    ]);
    const tooShort = await request(revoke, { u: resident.id, r: ' x ' }, admin.headers);
    expect(tooShort.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'INPUT_TOO_SHORT',
      field: 'reason',
    });
    const notHeld = await request(revoke, { u: resident.id, r: 'again' }, admin.headers);
    expect(notHeld.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'VERIFICATION_NOT_HELD',
      field: 'userId',
    });
    expect((await request(verifyMutation, input, admin.headers)).body.data).toEqual({
      verifyResident: { id: resident.id, verified: true },
    });
  });
});

describe('asking to be verified', () => {
  const ask =
    'mutation ($unit: ID) { requestVerification(unitId: $unit) { id unit { slug } outcome } }';
  const waiting = `{ verificationRequests(first: 50) { totalCount
    edges { node { id person { id email } unit { slug } } } } }`;
  type Waiting = {
    verificationRequests: {
      totalCount: number;
      edges: { node: { id: string; person: { id: string; email: string } } }[];
    };
  };
  const waitingFor = async (headers: Record<string, string>) =>
    (await request<Waiting>(waiting, {}, headers)).body.data?.verificationRequests;
  const peopleWaiting = async (headers: Record<string, string>) =>
    (await waitingFor(headers))?.edges.map((e) => e.node.person.id) ?? [];

  test("a resident asks at Mokotów's office: its planners and admins see it, Wola's do not", async () => {
    const resident = await signedInUser(db, services, 'asks-mokotow');
    const { body } = await request(ask, { unit: mokotow.id }, resident.headers);
    expect(body.data).toMatchObject({
      requestVerification: { unit: { slug: 'urzad-dzielnicy-mokotow' }, outcome: null },
    });
    expect(await peopleWaiting(mokotowPlanner.headers)).toContain(resident.user.id);
    expect(await peopleWaiting(admin.headers)).toContain(resident.user.id);
    expect(await peopleWaiting(wolaPlanner.headers)).not.toContain(resident.user.id);
    const seen = (await waitingFor(mokotowPlanner.headers))?.edges.find(
      (e) => e.node.person.id === resident.user.id,
    );
    expect(seen?.node.person.email).toBe(resident.user.email);
  });

  test('a request naming no office is seen by every district office; the count matches the list', async () => {
    const resident = await signedInUser(db, services, 'asks-anywhere');
    await request(ask, {}, resident.headers);
    for (const planner of [mokotowPlanner, wolaPlanner]) {
      expect(await peopleWaiting(planner.headers)).toContain(resident.user.id);
      const page = await waitingFor(planner.headers);
      expect(page?.totalCount).toBe(page?.edges.length);
    }
    const refused = await request(waiting, {}, bureauPlanner.headers);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'VERIFICATION_ONLY_DISTRICT_PLANNER',
    });
  });

  test('verifying resolves the request; asking again moves it; a resident may withdraw', async () => {
    const resident = await signedInUser(db, services, 'asks-then-verified');
    const first = await request<{ requestVerification: { id: string } }>(
      ask,
      { unit: wola.id },
      resident.headers,
    );
    const moved = await request<{ requestVerification: { id: string } }>(
      ask,
      { unit: mokotow.id },
      resident.headers,
    );
    expect(moved.body.data?.requestVerification.id).toBe(first.body.data?.requestVerification.id);
    await request(
      verifyMutation,
      verificationOf(resident.user.id, mokotow.id),
      mokotowPlanner.headers,
    );
    expect(await peopleWaiting(mokotowPlanner.headers)).not.toContain(resident.user.id);
    expect(
      await db.prisma.verificationRequest.findMany({ where: { userId: resident.user.id } }),
    ).toMatchObject([{ outcome: 'VERIFIED', resolvedById: mokotowPlanner.user.id }]);
    const again = await request(ask, {}, resident.headers);
    expect(again.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'VERIFICATION_REQUEST_ALREADY_VERIFIED',
    });

    const other = await signedInUser(db, services, 'withdraws');
    await request(ask, {}, other.headers);
    const withdraw = 'mutation { withdrawVerificationRequest }';
    expect((await request(withdraw, {}, other.headers)).body.data).toEqual({
      withdrawVerificationRequest: true,
    });
    expect(
      (await request('{ myVerificationRequest { id } }', {}, other.headers)).body.data,
    ).toEqual({
      myVerificationRequest: null,
    });
    const none = await request(withdraw, {}, other.headers);
    expect(none.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'VERIFICATION_REQUEST_NOT_FOUND',
    });
  });

  test('only at a district office; a page holds at most 50', async () => {
    const resident = await signedInUser(db, services, 'asks-bureau');
    const atBureau = await request(ask, { unit: bureau.id }, resident.headers);
    expect(atBureau.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'INPUT_INVALID',
      field: 'unitId',
    });
    expect(await db.prisma.verificationRequest.count({ where: { userId: resident.user.id } })).toBe(
      0,
    );
    const big = await request(
      '{ verificationRequests(first: 51) { totalCount } }',
      {},
      admin.headers,
    );
    expect(big.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'INPUT_OUT_OF_RANGE',
      field: 'first',
    });
  });
});

describe('the document number', () => {
  const numberLike = /number|numer|serial|seria|pesel|document_?no|doc_?id/i;

  test('no column of the accounts and verification tables can hold one', async () => {
    const { rows } = await db.pool.query<{ table: string; column: string; type: string }>(
      `SELECT table_name AS table, column_name AS column, data_type AS type
       FROM information_schema.columns
       WHERE table_schema = 'public'
         AND table_name IN ('app_user', 'resident_verification', 'verification_request')`,
    );
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => numberLike.test(r.column))).toEqual([]);
    // A verification's one free text is why it was revoked: nothing to type a document into.
    const texts = rows.filter((r) => r.table === 'resident_verification' && r.type === 'text');
    expect(texts.map((r) => r.column)).toEqual(['revoke_reason']);
  });

  test('no GraphQL field or input field takes or shows one', async () => {
    const schema = await buildPlacSchema();
    const types = ['VerificationInput', 'Verification', 'VerificationRequest', 'Person', 'User'];
    for (const name of types) {
      const type = schema.getType(name) as { getFields(): Record<string, unknown> };
      expect(
        Object.keys(type.getFields()).filter((f) => numberLike.test(f)),
        name,
      ).toEqual([]);
    }
    const input = schema.getType('VerificationInput') as { getFields(): Record<string, unknown> };
    expect(Object.keys(input.getFields()).sort()).toEqual([
      'birthYear',
      'checkedOn',
      'document',
      'method',
      'unitId',
      'userId',
    ]);
  });
});
