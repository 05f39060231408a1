import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, test } from 'vitest';
import { DomainError } from '../../errors/domain-error.js';
import { RateLimits } from './rate-limits.js';

const redisUrl = process.env.REDIS_URL;

const stores: [string, string | undefined][] = [['in memory', undefined]];
if (redisUrl) stores.push(['in Redis', redisUrl]);

const signInKeys = (email: string, address: string) => ({
  email,
  emailAtAddress: `${email} ${address}`,
});

describe.each(stores)('rate limits %s', (_, url) => {
  const limits = new RateLimits(url);
  afterAll(() => limits.close());

  test('five sign-in attempts per email from one address, then RATE_LIMITED naming the email', async () => {
    const keys = signInKeys(`${randomUUID()}@x.pl`, randomUUID());
    for (let i = 0; i < 5; i++) await limits.consume('signIn', keys);
    const refused = await limits.consume('signIn', keys).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', field: 'email' });
    expect((refused as DomainError).params?.seconds).toBeGreaterThan(0);
  });

  test('a stranger failing on purpose does not lock the person out from their own address', async () => {
    const email = `${randomUUID()}@x.pl`;
    for (let i = 0; i < 5; i++) await limits.consume('signIn', signInKeys(email, 'stranger'));
    await expect(limits.consume('signIn', signInKeys(email, 'stranger'))).rejects.toThrow();
    await limits.consume('signIn', signInKeys(email, 'home'));
  });

  test('fifty attempts an hour per email, from however many addresses', async () => {
    const email = `${randomUUID()}@x.pl`;
    for (let i = 0; i < 50; i++) await limits.consume('signIn', signInKeys(email, `a${i}`));
    await expect(limits.consume('signIn', signInKeys(email, 'late'))).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
  });

  test('twenty attempts per address across emails', async () => {
    const address = randomUUID();
    for (let i = 0; i < 20; i++) await limits.consume('signIn', { address });
    await expect(limits.consume('signIn', { address })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
  });

  test('an action with no counters of its own gets the default for mutations', async () => {
    const account = randomUUID();
    for (let i = 0; i < 60; i++) await limits.consume('updateProfile', { account });
    await expect(limits.consume('updateProfile', { account })).rejects.toMatchObject({
      reason: 'RATE_LIMITED',
    });
  });
});
