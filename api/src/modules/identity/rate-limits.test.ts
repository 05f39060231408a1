import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, test } from 'vitest';
import { DomainError } from '../../errors/domain-error.js';
import { RateLimits } from './rate-limits.js';

const redisUrl = process.env.REDIS_URL;

const stores: [string, string | undefined][] = [['in memory', undefined]];
if (redisUrl) stores.push(['in Redis', redisUrl]);

describe.each(stores)('rate limits %s', (_, url) => {
  const limits = new RateLimits(url);
  afterAll(() => limits.close());

  test('five sign-in attempts per email, then RATE_LIMITED naming the email', async () => {
    const keys = { email: `${randomUUID()}@x.pl`, ip: randomUUID() };
    for (let i = 0; i < 5; i++) await limits.consume('signIn', keys);
    const refused = await limits.consume('signIn', keys).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', field: 'email' });
  });

  test('twenty attempts per address across emails', async () => {
    const ip = randomUUID();
    for (let i = 0; i < 20; i++) await limits.consume('signIn', { email: `${i}-${ip}@x.pl`, ip });
    await expect(limits.consume('signIn', { email: `late-${ip}@x.pl`, ip })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
  });
});
