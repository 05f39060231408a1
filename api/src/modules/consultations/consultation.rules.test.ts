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
    expect(commentingProblem({ ...open, status: 'CLOSED' }, now)).toMatch(/CLOSED, not OPEN/);
  });
  test('needs the dates to agree', () => {
    expect(commentingProblem({ ...open, closesAt: now }, now)).toMatch(/closed at/);
    expect(commentingProblem({ ...open, opensAt: new Date('2026-06-16') }, now)).toMatch(
      /opens at/,
    );
  });
});
