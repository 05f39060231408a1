import { describe, expect, test } from 'vitest';
import { checkTransition, commentingProblem } from './consultation.rules.js';

describe('status transitions', () => {
  test.each([
    ['DRAFT', 'ANNOUNCED'],
    ['ANNOUNCED', 'OPEN'],
    ['OPEN', 'CLOSED'],
  ] as const)('%s → %s is allowed', (from, to) => {
    expect(() => checkTransition(from, to)).not.toThrow();
  });

  test.each([
    ['DRAFT', 'OPEN', /DRAFT cannot become OPEN; it can become only ANNOUNCED/],
    ['OPEN', 'ANNOUNCED', /OPEN cannot become ANNOUNCED/],
    ['CLOSED', 'REPORTED', /publishing the report/],
    ['REPORTED', 'CLOSED', /can become nothing/],
  ] as const)('%s → %s is refused', (from, to, message) => {
    expect(() => checkTransition(from, to)).toThrow(message);
  });

  test.each([
    [
      'DRAFT',
      'OPEN',
      'CONSULTATION_STATUS_STEP_INVALID',
      { from: 'DRAFT', to: 'OPEN', next: 'ANNOUNCED' },
    ],
    ['REPORTED', 'CLOSED', 'CONSULTATION_STATUS_STEP_INVALID', { from: 'REPORTED', to: 'CLOSED' }],
    ['CLOSED', 'REPORTED', 'CONSULTATION_STATUS_BY_REPORT', undefined],
  ] as const)('%s → %s is refused as %s', (from, to, reason, params) => {
    expect(() => checkTransition(from, to)).toThrow(
      expect.objectContaining({ reason, params, field: 'status' }),
    );
  });
});

describe('commenting', () => {
  const now = new Date('2026-06-15T12:00:00Z');
  const open = {
    status: 'OPEN' as const,
    opensAt: new Date('2026-06-01'),
    closesAt: new Date('2026-07-01'),
  };

  test('is allowed while OPEN and between the dates', () => {
    expect(commentingProblem(open, now)).toBeNull();
  });
  test('needs the OPEN status', () => {
    const closed = commentingProblem({ ...open, status: 'CLOSED' }, now);
    expect(closed?.message).toMatch(/CLOSED, not OPEN/);
    expect(closed).toMatchObject({ reason: 'CONSULTATION_NOT_OPEN', params: { status: 'CLOSED' } });
  });
  test('needs the dates to agree', () => {
    const ended = commentingProblem({ ...open, closesAt: now }, now);
    expect(ended?.message).toMatch(/closed at/);
    expect(ended).toMatchObject({
      reason: 'CONSULTATION_ENDED',
      params: { closesAt: '2026-06-15T12:00:00.000Z' },
    });
    const early = commentingProblem({ ...open, opensAt: new Date('2026-06-16') }, now);
    expect(early?.message).toMatch(/opens at/);
    expect(early).toMatchObject({
      reason: 'CONSULTATION_NOT_OPEN_YET',
      params: { opensAt: '2026-06-16T00:00:00.000Z' },
    });
  });
});
