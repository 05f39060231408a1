import { describe, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import {
  accessTokenOf,
  holdsRole,
  residentPassword,
  signedUpResident,
  verificationOf,
} from './identity.scenario.js';

const { db, services, request } = useTestServer();
const userQuery = '{ me { id email birthYear } }';

describe('personal access tokens', () => {
  test('are shown once, sign an API client in, and stop working when revoked', async () => {
    const owner = await signedInUser(db, services, 'integrator');
    const created = await request<{
      createAccessToken: { token: string; accessToken: { id: string } };
    }>(
      'mutation { createAccessToken(name: "city GIS", scopes: [READ]) { token accessToken { id name } } }',
      {},
      owner.headers,
    );
    const { token, accessToken } = created.body.data?.createAccessToken ?? {
      token: '',
      accessToken: { id: '' },
    };
    expect(token).toMatch(/^plac_pat_/);
    const stored = await db.prisma.accessToken.findUniqueOrThrow({ where: { id: accessToken.id } });
    expect(stored.tokenHash).not.toContain(token);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await request<{ me: { id: string } }>(userQuery, {}, bearer)).body.data?.me.id).toBe(
      owner.user.id,
    );
    await request(
      'mutation ($id: ID!) { revokeAccessToken(id: $id) }',
      { id: accessToken.id },
      owner.headers,
    );
    const refused = await request('{ myData }', {}, bearer);
    expect(refused.body.errors?.[0]).toMatchObject({
      message: 'This access token was revoked.',
      extensions: {
        code: 'UNAUTHENTICATED',
        reason: 'ACCESS_TOKEN_REVOKED',
        field: 'authorization',
      },
    });
  });

  test('making and revoking one is audited, without the token or its hash', async () => {
    const owner = await signedInUser(db, services, 'audited-owner');
    const { token, accessToken } = await accessTokenOf(services, owner.user.id, {
      name: 'nightly export',
      scopes: ['READ', 'WRITE'],
    });
    await services.accessTokens.revoke(owner.user.id, accessToken.id);
    const events = await db.prisma.auditEvent.findMany({
      where: { targetType: 'AccessToken', targetId: accessToken.id },
      orderBy: { id: 'asc' },
    });
    expect(events).toMatchObject([
      {
        actorId: owner.user.id,
        action: 'accessToken.create',
        after: { name: 'nightly export', scopes: ['READ', 'WRITE'], expiresAt: null },
      },
      { actorId: owner.user.id, action: 'accessToken.revoke', before: { name: 'nightly export' } },
    ]);
    const stored = await db.prisma.accessToken.findUniqueOrThrow({ where: { id: accessToken.id } });
    const written = JSON.stringify(events.map(({ before, after }) => ({ before, after })));
    expect(written).not.toContain(token);
    expect(written).not.toContain(stored.tokenHash);
    expect(stored.revokedAt).toBeInstanceOf(Date);
  });

  test("one cannot revoke another's token", async () => {
    const owner = await signedInUser(db, services, 'owner');
    const other = await signedInUser(db, services, 'other');
    const { accessToken } = await accessTokenOf(services, owner.user.id);
    const { body } = await request(
      'mutation ($id: ID!) { revokeAccessToken(id: $id) }',
      { id: accessToken.id },
      other.headers,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'ACCESS_TOKEN_NOT_FOUND',
      field: 'id',
    });
    expect(
      (await db.prisma.accessToken.findUniqueOrThrow({ where: { id: accessToken.id } })).revokedAt,
    ).toBeNull();
  });
});

describe('who sees an email and a birth year', () => {
  const verify =
    'mutation ($input: VerificationInput!) { verifyResident(input: $input) { email birthYear verified } }';

  test('the user sees their own', async () => {
    const self = await signedInUser(db, services, 'self');
    const { body } = await request(userQuery, {}, self.headers);
    expect(body.data).toMatchObject({ me: { email: self.user.email, birthYear: 1990 } });
  });

  test('a planner who verifies a resident does not see them; an admin does', async () => {
    const office = await db.prisma.organisationUnit.findUniqueOrThrow({
      where: { slug: 'urzad-dzielnicy-wola' },
    });
    const planner = await signedInUser(db, services, 'planner', {
      roles: [{ role: 'PLANNER', unitId: office.id }],
    });
    const admin = await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] });
    const resident = await createUser(db, 'resident');
    const other = await createUser(db, 'resident');
    const asPlanner = await request(
      verify,
      verificationOf(resident.id, office.id),
      planner.headers,
    );
    expect(asPlanner.body.data).toEqual({
      verifyResident: { email: null, birthYear: null, verified: true },
    });
    const asAdmin = await request(verify, verificationOf(other.id, office.id), admin.headers);
    expect(asAdmin.body.data).toEqual({
      verifyResident: { email: other.email, birthYear: 1990, verified: true },
    });
  });
});

describe('GDPR', () => {
  test('a user downloads their data, without secrets', async () => {
    const self = await signedInUser(db, services, 'curious');
    const { body } = await request<{ myData: { account: Record<string, unknown> } }>(
      '{ myData }',
      {},
      self.headers,
    );
    expect(body.data?.myData.account).toMatchObject({
      email: self.user.email,
      displayName: 'curious',
    });
    expect(JSON.stringify(body.data)).not.toMatch(/passwordHash|tokenHash|not-a-real-hash/);
  });

  test('deleting an account empties it, keeps the row for attribution and ends every login', async () => {
    const { email, userId, cookie } = await signedUpResident(request);
    await accessTokenOf(services, userId);
    await holdsRole(db, userId, 'MODERATOR');
    const wrong = await request(
      'mutation { deleteMyAccount(password: "not my password") }',
      {},
      { cookie },
    );
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PASSWORD_WRONG',
      field: 'password',
    });
    await request(
      'mutation ($p: String!) { deleteMyAccount(password: $p) }',
      { p: residentPassword },
      { cookie },
    );
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(row).toMatchObject({ email: null, passwordHash: null, displayName: null });
    expect(await db.prisma.session.count({ where: { userId } })).toBe(0);
    expect(await db.prisma.accessToken.count({ where: { userId } })).toBe(0);
    expect(await db.prisma.roleGrant.count({ where: { userId } })).toBe(0);
    const signIn = await request(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      { e: email, p: residentPassword },
    );
    expect(signIn.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const audit = await db.prisma.auditEvent.findFirst({
      where: { targetId: userId, action: 'account.delete' },
    });
    expect(audit).not.toBeNull();
  });
});
