import { describe, expect, test } from 'vitest';
import { createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { accessTokenOf, expireAccessToken } from './identity.scenario.js';

const { db, services, request } = useTestServer();

const bearerOf = (token: string) => ({ authorization: `Bearer ${token}` });

const lastUsedAt = async (id: string) =>
  (
    await db.pool.query<{ at: Date | null }>(
      'SELECT last_used_at AS at FROM access_token WHERE id = $1',
      [id],
    )
  ).rows[0]?.at ?? null;

const setLastUsed = (id: string, secondsAgo: number) =>
  db.pool.query(
    "UPDATE access_token SET last_used_at = now() - $2 * interval '1 second' WHERE id = $1",
    [id, secondsAgo],
  );

describe("an access token's last use", () => {
  test('is noted when it signs a request in', async () => {
    const user = await createUser(db, 'integrator');
    const { token, accessToken } = await accessTokenOf(services, user.id);
    expect(await lastUsedAt(accessToken.id)).toBeNull();
    const before = Date.now() - 1000;
    const me = await request<{ me: { id: string } }>('{ me { id } }', {}, bearerOf(token));
    expect(me.body.data?.me.id).toBe(user.id);
    expect((await lastUsedAt(accessToken.id))?.getTime()).toBeGreaterThan(before);
  });

  test('is kept to the minute: a use within a minute of the last writes nothing', async () => {
    const user = await createUser(db, 'integrator');
    const { token, accessToken } = await accessTokenOf(services, user.id);
    await setLastUsed(accessToken.id, 30);
    const noted = await lastUsedAt(accessToken.id);
    await request('{ me { id } }', {}, bearerOf(token));
    expect(await lastUsedAt(accessToken.id)).toEqual(noted);

    await setLastUsed(accessToken.id, 61);
    const before = Date.now() - 1000;
    await request('{ me { id } }', {}, bearerOf(token));
    expect((await lastUsedAt(accessToken.id))?.getTime()).toBeGreaterThan(before);
  });

  test('is not noted for an expired token, which signs no one in', async () => {
    const user = await createUser(db, 'integrator');
    const { token, accessToken } = await accessTokenOf(services, user.id);
    await expireAccessToken(db, accessToken.id);
    const { body } = await request('{ myData }', {}, bearerOf(token));
    expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'ACCESS_TOKEN_EXPIRED' });
    expect(await lastUsedAt(accessToken.id)).toBeNull();
  });
});
