import { describe, expect, test } from 'vitest';
import { DomainError } from '../../../errors/domain-error.js';
import type { BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import { checkStatusStep } from './project-status.rules.js';

const refusal = (before: BudgetProjectStatus, after: BudgetProjectStatus, appealed = false) => {
  try {
    checkStatusStep(before, after, appealed);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`${before} → ${after} was allowed`);
};

describe('the steps evaluations, appeals and delivery updates take, each in its phase', () => {
  test.each([
    ['SUBMITTED', 'IN_VERIFICATION', false, 'VERIFICATION'],
    ['IN_VERIFICATION', 'ACCEPTED', false, 'VERIFICATION'],
    ['IN_VERIFICATION', 'REJECTED', false, 'VERIFICATION'],
    ['REJECTED', 'APPEALED', false, 'APPEALS'],
    ['APPEALED', 'ACCEPTED', true, 'APPEALS'],
    ['APPEALED', 'REJECTED', true, 'APPEALS'],
    ['SELECTED', 'IN_PROGRESS', false, null],
    ['IN_PROGRESS', 'COMPLETED', false, null],
    ['IN_PROGRESS', 'ABANDONED', false, null],
  ] as const)('%s → %s (appealed: %s) needs %s', (before, after, appealed, phase) => {
    expect(checkStatusStep(before, after, appealed)).toBe(phase);
  });
});

describe('refused, naming the status', () => {
  test('a skipped step, with the steps it may take', () => {
    expect(refusal('SUBMITTED', 'ACCEPTED')).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
      reason: 'PROJECT_STATUS_STEP_INVALID',
      message: expect.stringMatching(
        /SUBMITTED project cannot become ACCEPTED; it may become IN_VERIFICATION/,
      ),
    });
    expect(refusal('SUBMITTED', 'COMPLETED').message).toMatch(/cannot become COMPLETED/);
    expect(refusal('COMPLETED', 'IN_PROGRESS').message).toMatch(/may become nothing/);
  });

  test('a second appeal', () => {
    expect(refusal('REJECTED', 'APPEALED', true)).toMatchObject({
      field: 'status',
      reason: 'PROJECT_ALREADY_APPEALED',
    });
  });

  test('SELECTED and NOT_SELECTED, which only publishing sets', () => {
    for (const after of ['SELECTED', 'NOT_SELECTED'] as const) {
      expect(refusal('ACCEPTED', after)).toMatchObject({
        field: 'status',
        reason: 'PROJECT_STATUS_BY_RESULTS',
      });
    }
  });
});
