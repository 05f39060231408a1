import { describe, expect, test } from 'vitest';
import { uniqueEmail } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import {
  accessTokenOf,
  expireSessions,
  residentPassword as password,
  sessionCookie,
  signedUpResident,
  signUpMutation,
} from './identity.scenario.js';

const { db, services, server, request, gql } = useTestServer();

const meQuery = '{ me { id email displayName verified } }';
const signUp = (email?: string) => signedUpResident(request, email);

describe('signing up', () => {
  test('creates the account, normalises the email and signs in with an httpOnly, SameSite=Lax cookie', async () => {
    const email = uniqueEmail('Mixed');
    const { header, cookie, body } = await signUp(`  ${email.toUpperCase()} `);
    expect(body.data).toMatchObject({ signUp: { displayName: 'Ola', email } });
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    const me = await request(meQuery, {}, { cookie });
    expect(me.body.data).toMatchObject({ me: { email, verified: false } });
  });

  const thisYear = new Date().getFullYear();
  test.each([
    ['an invalid email', { email: 'not-an-email' }, { field: 'email', reason: 'EMAIL_INVALID' }],
    [
      'a short password',
      { password: 'elevenchars' },
      { field: 'password', reason: 'PASSWORD_TOO_SHORT', params: { min: 12 } },
    ],
    [
      'a long password',
      { password: 'x'.repeat(257) },
      { field: 'password', reason: 'PASSWORD_TOO_LONG', params: { max: 256 } },
    ],
    [
      'an empty display name',
      { displayName: '   ' },
      { field: 'displayName', reason: 'INPUT_REQUIRED' },
    ],
    [
      'a display name too long',
      { displayName: 'O'.repeat(81) },
      { field: 'displayName', reason: 'INPUT_TOO_LONG', params: { max: 80 } },
    ],
    [
      'a birth year in the future',
      { birthYear: 3000 },
      { field: 'birthYear', reason: 'INPUT_OUT_OF_RANGE', params: { min: 1900, max: thisYear } },
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_, change, refusal) => {
    const email = uniqueEmail('refused');
    const { body } = await request(signUpMutation, {
      input: { email, password, displayName: 'Ola', ...change },
    });
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', ...refusal });
    expect(await db.prisma.user.count({ where: { email } })).toBe(0);
  });

  test('refuses a duplicate email and writes nothing more', async () => {
    const { email } = await signUp();
    const { body } = await request(signUpMutation, {
      input: { email, password, displayName: 'Twin' },
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'EMAIL_TAKEN',
      field: 'email',
    });
    expect(await db.prisma.user.count({ where: { email } })).toBe(1);
  });
});

describe('signing in and out', () => {
  test('a wrong password and an unknown email get the same error', async () => {
    const { email } = await signUp();
    const wrong = await gql(
      'mutation ($e: String!) { signIn(email: $e, password: "wrong password!") { id } }',
      { e: email },
    );
    const unknown = await gql(
      'mutation ($e: String!) { signIn(email: $e, password: "wrong password!") { id } }',
      {
        e: uniqueEmail('nobody'),
      },
    );
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'The email or the password is not right.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_FAILED' },
    });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(unknown.errors?.[0]?.extensions).toEqual(wrong.errors?.[0]?.extensions);
  });

  test('signing out revokes the session: the old cookie is refused with the reason', async () => {
    const { email } = await signUp();
    const signIn = await request(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      { e: email, p: password },
    );
    const { cookie } = sessionCookie(signIn.res);
    expect((await request(meQuery, {}, { cookie })).body.data?.me).not.toBeNull();
    const out = await request('mutation { signOut }', {}, { cookie });
    expect(sessionCookie(out.res).header).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await request(meQuery, {}, { cookie })).body.data).toEqual({ me: null });
    const denied = await request('{ myData }', {}, { cookie });
    expect(denied.body.errors?.[0]).toMatchObject({
      message: 'Your session was signed out; sign in again.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_SIGNED_OUT', field: 'session' },
    });
  });

  test('signing out everywhere revokes every session', async () => {
    const { email, cookie: first } = await signUp();
    const again = await request(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      { e: email, p: password },
    );
    const second = sessionCookie(again.res).cookie;
    await request('mutation { signOutEverywhere }', {}, { cookie: first });
    for (const cookie of [first, second]) {
      expect((await request(meQuery, {}, { cookie })).body.data).toEqual({ me: null });
    }
  });

  test('signing out everywhere keeps access tokens, unless asked to revoke them too', async () => {
    const { userId, cookie } = await signUp();
    const { token, accessToken } = await accessTokenOf(services, userId);
    const bearer = { authorization: `Bearer ${token}` };
    await request('mutation { signOutEverywhere }', {}, { cookie });
    expect((await request(meQuery, {}, bearer)).body.data).toMatchObject({ me: { id: userId } });
    const all = await request('mutation { signOutEverywhere(includeTokens: true) }', {}, bearer);
    expect(all.body).toEqual({ data: { signOutEverywhere: true } });
    const { body } = await request('{ myData }', {}, bearer);
    expect(body.errors?.[0]?.extensions?.reason).toBe('ACCESS_TOKEN_REVOKED');
    const stored = await db.prisma.accessToken.findUniqueOrThrow({ where: { id: accessToken.id } });
    expect(stored.revokedAt).not.toBeNull();
  });

  test('an expired session is refused with the reason', async () => {
    const { userId, cookie } = await signUp();
    await expireSessions(db, userId);
    const { body } = await request('{ myData }', {}, { cookie });
    expect(body.errors?.[0]).toMatchObject({
      message: 'Your session has expired; sign in again.',
      extensions: { reason: 'SESSION_EXPIRED', field: 'session' },
    });
  });
});

describe('CSRF prevention', () => {
  test.each([
    ['application/x-www-form-urlencoded', 'query=mutation%20%7B%20signOutEverywhere%20%7D'],
    ['text/plain', JSON.stringify({ query: 'mutation { signOutEverywhere }' })],
  ])(
    'a cross-site %s POST carrying the session cookie is refused and changes nothing',
    async (type, body) => {
      const { cookie, userId } = await signUp();
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type, cookie, origin: 'https://evil.example' },
        body,
      });
      expect(res.status).toBe(400);
      expect(await db.prisma.session.count({ where: { userId, revokedAt: null } })).toBe(1);
    },
  );
});
