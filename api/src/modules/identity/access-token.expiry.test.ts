import { describe, expect, test } from 'vitest';
import { createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { longestTokenLifeMs } from './access-token.rules.js';
import { accessTokenOf, expireAccessToken } from './identity.scenario.js';

const { db, services, request } = useTestServer();

const create =
  'mutation ($e: DateTimeISO) { createAccessToken(name: "cli", scopes: [WRITE], expiresAt: $e) { accessToken { expiresAt } } }';
const bearerOf = (token: string) => ({ authorization: `Bearer ${token}` });
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

describe('an access token with an expiry', () => {
  test('signs in until it expires, then is refused with the reason', async () => {
    const user = await createUser(db, 'integrator');
    const { token, accessToken } = await accessTokenOf(services, user.id, {
      expiresAt: inDays(30),
    });
    const me = await request<{ me: { id: string } }>('{ me { id } }', {}, bearerOf(token));
    expect(me.body.data?.me.id).toBe(user.id);
    await expireAccessToken(db, accessToken.id);
    const { body } = await request('{ myData }', {}, bearerOf(token));
    expect(body.errors?.[0]).toMatchObject({
      message: 'This access token has expired.',
      extensions: {
        code: 'UNAUTHENTICATED',
        reason: 'ACCESS_TOKEN_EXPIRED',
        field: 'authorization',
      },
    });
  });

  test('is stored as asked when in the future and at most a year ahead', async () => {
    const user = await createUser(db, 'integrator');
    const { token } = await accessTokenOf(services, user.id);
    const expiresAt = inDays(90).toISOString();
    const { body } = await request(create, { e: expiresAt }, bearerOf(token));
    expect(body.data).toEqual({ createAccessToken: { accessToken: { expiresAt } } });
  });

  test.each([
    ['in the past', inDays(-1)],
    ['more than a year ahead', new Date(Date.now() + longestTokenLifeMs + 60_000)],
  ])('is refused %s, naming the field, and nothing is stored', async (_, expiresAt) => {
    const user = await createUser(db, 'integrator');
    const { token } = await accessTokenOf(services, user.id);
    const { body } = await request(create, { e: expiresAt.toISOString() }, bearerOf(token));
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ACCESS_TOKEN_EXPIRY_OUT_OF_RANGE',
      field: 'expiresAt',
    });
    expect(await db.prisma.accessToken.count({ where: { userId: user.id } })).toBe(1);
  });

  test('cannot make a token that outlives it', async () => {
    const user = await createUser(db, 'integrator');
    const expiresAt = inDays(7);
    const { token } = await accessTokenOf(services, user.id, { expiresAt });
    const { body } = await request(create, { e: null }, bearerOf(token));
    expect(body.errors?.[0]?.extensions).toMatchObject({
      reason: 'ACCESS_TOKEN_EXPIRY_OUT_OF_RANGE',
      field: 'expiresAt',
      params: { latest: expiresAt.toISOString() },
    });
  });
});
