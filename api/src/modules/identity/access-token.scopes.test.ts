import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import type { AccessTokenScope } from '../../generated/prisma/enums.js';
import { accessTokenOf } from './identity.scenario.js';

const { db, services, request } = useTestServer();

const rename = 'mutation { updateProfile(input: { displayName: "Renamed" }) { displayName } }';
const grantModerator =
  'mutation ($u: ID!) { grantRole(input: { userId: $u, role: MODERATOR }) { id } }';
const verify = `mutation ($u: ID!) { verifyResident(input: { userId: $u, method: IN_PERSON,
  document: ID_CARD, checkedOn: "2026-01-01", unitId: "${randomUUID()}" }) { verified } }`;
const auditLog = '{ auditLog(first: 1) { edges { node { action } } } }';

/** The bearer header of a new token of the user with these scopes. */
async function bearer(userId: string, scopes: AccessTokenScope[]) {
  const { token } = await accessTokenOf(services, userId, { scopes });
  return { authorization: `Bearer ${token}` };
}

const scopeMissing = (scope: AccessTokenScope) => ({
  code: 'FORBIDDEN',
  reason: 'ACCESS_TOKEN_SCOPE_MISSING',
  field: 'authorization',
  params: { scope },
});

let resident: { id: string };
let admin: { id: string };

beforeAll(async () => {
  resident = await createUser(db, 'resident');
  admin = await createUser(db, 'admin', { roles: [{ role: 'ADMIN' }] });
});

const displayNameOf = async (id: string) =>
  (await db.prisma.user.findUniqueOrThrow({ where: { id } })).displayName;

describe('a READ token', () => {
  test('reads, but cannot call a mutation, which changes nothing', async () => {
    const headers = await bearer(resident.id, ['READ']);
    const me = await request<{ me: { id: string } }>('{ me { id } }', {}, headers);
    expect(me.body.data?.me.id).toBe(resident.id);
    const { body } = await request(rename, {}, headers);
    expect(body.errors?.[0]?.extensions).toEqual(scopeMissing('WRITE'));
    expect(await displayNameOf(resident.id)).toBe('resident');
  });
});

describe('a WRITE token', () => {
  test("calls a resident's mutation", async () => {
    const { body } = await request(rename, {}, await bearer(resident.id, ['WRITE']));
    expect(body).toEqual({ data: { updateProfile: { displayName: 'Renamed' } } });
  });

  test("of an admin cannot call an admin's mutation, nor pass a rule as an admin", async () => {
    const headers = await bearer(admin.id, ['WRITE']);
    const target = await createUser(db, 'target');
    for (const mutation of [grantModerator, verify]) {
      const { body } = await request(mutation, { u: target.id }, headers);
      expect(body.errors?.[0]?.extensions).toEqual(scopeMissing('ADMIN'));
    }
    const after = await db.prisma.user.findUniqueOrThrow({
      where: { id: target.id },
      include: { roles: true },
    });
    expect(after).toMatchObject({ roles: [], verifiedAt: null });
  });
});

describe('an ADMIN scope', () => {
  test("with WRITE lets an admin's token call an admin's mutation", async () => {
    const target = await createUser(db, 'target');
    const headers = await bearer(admin.id, ['WRITE', 'ADMIN']);
    const { body } = await request(grantModerator, { u: target.id }, headers);
    expect(body).toEqual({ data: { grantRole: { id: target.id } } });
  });

  test("is what an admin's token needs to read what only admins see", async () => {
    const withAdmin = await request(auditLog, {}, await bearer(admin.id, ['ADMIN']));
    expect(withAdmin.body.errors).toBeUndefined();
    const without = await request(auditLog, {}, await bearer(admin.id, ['READ']));
    expect(without.body.errors?.[0]?.extensions).toEqual(scopeMissing('ADMIN'));
  });
});

describe('creating a token', () => {
  const create =
    'mutation ($s: [AccessTokenScope!]!) { createAccessToken(name: "cli", scopes: $s) { accessToken { scopes } } }';

  test('stores READ with any scope asked for', async () => {
    const { body } = await request(create, { s: ['WRITE'] }, await bearer(resident.id, ['WRITE']));
    expect(body.data).toEqual({
      createAccessToken: { accessToken: { scopes: ['READ', 'WRITE'] } },
    });
  });

  test.each([
    ['no scope', [], { code: 'BAD_USER_INPUT', reason: 'INPUT_REQUIRED' }],
    ['ADMIN for a resident', ['ADMIN'], { reason: 'ROLE_REQUIRED', params: { roles: 'ADMIN' } }],
  ])('refuses %s, naming the field', async (_, scopes, refusal) => {
    const headers = await bearer(resident.id, ['READ', 'WRITE']);
    const { body } = await request(create, { s: scopes }, headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({ ...refusal, field: 'scopes' });
  });

  test('from a token, refuses a scope that token lacks, and stores nothing', async () => {
    const headers = await bearer(admin.id, ['WRITE']);
    const before = await db.prisma.accessToken.count({ where: { userId: admin.id } });
    const { body } = await request(create, { s: ['WRITE', 'ADMIN'] }, headers);
    expect(body.errors?.[0]?.extensions).toEqual({ ...scopeMissing('ADMIN'), field: 'scopes' });
    expect(await db.prisma.accessToken.count({ where: { userId: admin.id } })).toBe(before);
  });
});
