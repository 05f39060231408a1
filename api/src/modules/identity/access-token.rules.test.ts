import { describe, expect, test } from 'vitest';
import { checkExpiry, checkScopes, longestTokenLifeMs } from './access-token.rules.js';
import { toViewer } from './viewer.js';

const now = new Date('2026-06-01T12:00:00.000Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const user = { id: 'u', verifiedAt: null, birthYear: null, roles: [] };
const session = toViewer(user, 's');
const tokenUntil = (expiresAt: Date | null) =>
  toViewer(user, null, { scopes: new Set(['READ', 'WRITE']), expiresAt });

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('not refused');
};

describe('checkExpiry', () => {
  test.each([
    ['never', null],
    ['a millisecond ahead', later(1)],
    ['exactly a year ahead', later(longestTokenLifeMs)],
  ])('takes %s from a session', (_, expiresAt) => {
    expect(checkExpiry(session, expiresAt, now)).toEqual(expiresAt);
  });

  test.each([
    ['now', now],
    ['an hour ago', later(-3_600_000)],
    ['a millisecond past a year', later(longestTokenLifeMs + 1)],
  ])('refuses %s, saying the latest', (_, expiresAt) => {
    expect(refusal(() => checkExpiry(session, expiresAt, now))).toMatchObject({
      reason: 'ACCESS_TOKEN_EXPIRY_OUT_OF_RANGE',
      field: 'expiresAt',
      params: { latest: later(longestTokenLifeMs).toISOString() },
    });
  });

  test('from an expiring token, takes up to its expiry and refuses never or beyond', () => {
    const creator = tokenUntil(later(60_000));
    expect(checkExpiry(creator, later(60_000), now)).toEqual(later(60_000));
    for (const expiresAt of [null, later(60_001)]) {
      expect(refusal(() => checkExpiry(creator, expiresAt, now))).toMatchObject({
        params: { latest: later(60_000).toISOString() },
      });
    }
  });

  test('from a token that never expires, allows a year as a session does', () => {
    expect(checkExpiry(tokenUntil(null), null, now)).toBeNull();
  });
});

describe('checkScopes', () => {
  test('adds READ and keeps the order READ, WRITE, ADMIN', () => {
    const admin = toViewer({ ...user, roles: [{ role: 'ADMIN', unitId: null }] }, 's');
    expect(checkScopes(admin, ['ADMIN', 'WRITE'])).toEqual(['READ', 'WRITE', 'ADMIN']);
    expect(checkScopes(session, ['READ', 'READ'])).toEqual(['READ']);
  });
});
