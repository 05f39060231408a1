import { describe, expect, it } from 'vitest';
import { warsawDayEnd, warsawDayStart } from './warsawDay';

describe('warsawDayStart', () => {
  it('is midnight in Warsaw: UTC+1 in winter, UTC+2 in summer', () => {
    expect(warsawDayStart('2026-01-15')?.toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(warsawDayStart('2026-07-15')?.toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('holds on the days the clocks change', () => {
    expect(warsawDayStart('2026-03-29')?.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(warsawDayStart('2026-10-25')?.toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });

  it('refuses what is not a calendar day', () => {
    expect(warsawDayStart('')).toBeNull();
    expect(warsawDayStart('2026-02-30')).toBeNull();
    expect(warsawDayStart('15.01.2026')).toBeNull();
  });
});

describe('warsawDayEnd', () => {
  it('is the next Warsaw midnight, 23 or 25 hours later when the clocks change', () => {
    expect(warsawDayEnd('2026-01-15')?.toISOString()).toBe('2026-01-15T23:00:00.000Z');
    expect(warsawDayEnd('2026-03-29')?.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(warsawDayEnd('2026-10-25')?.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(warsawDayEnd('2026-12-31')?.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });
});
