import { describe, expect, it } from 'vitest';
import { fromWarsawLocal, toWarsawLocal } from './warsawTime';

describe('Warsaw clock', () => {
  it('reads winter time as UTC+1 and summer time as UTC+2', () => {
    expect(fromWarsawLocal('2026-12-01T14:30')).toBe('2026-12-01T13:30:00.000Z');
    expect(fromWarsawLocal('2026-07-01T14:30')).toBe('2026-07-01T12:30:00.000Z');
  });

  it('writes an instant back as the same local value', () => {
    expect(toWarsawLocal('2026-12-01T13:30:00.000Z')).toBe('2026-12-01T14:30');
    expect(toWarsawLocal('2026-07-01T12:30:00.000Z')).toBe('2026-07-01T14:30');
    expect(toWarsawLocal('2026-12-31T23:30:00.000Z')).toBe('2027-01-01T00:30');
  });

  it('takes the hour skipped in spring at the summer offset', () => {
    // 29 March 2026: 02:00 jumps to 03:00.
    expect(fromWarsawLocal('2026-03-29T02:30')).toBe('2026-03-29T00:30:00.000Z');
  });

  it('gives nothing for an empty or malformed value', () => {
    expect(fromWarsawLocal('')).toBeNull();
    expect(fromWarsawLocal('1.12.2026 14:30')).toBeNull();
    expect(toWarsawLocal(null)).toBe('');
    expect(toWarsawLocal('not a date')).toBe('');
  });
});
