import { badInput } from '../../../errors/domain-error.js';
import type { BudgetPhase, BudgetProjectStatus } from '../../../generated/prisma/enums.js';

type Step = { from: readonly BudgetProjectStatus[]; phase: BudgetPhase | null };

/**
 * The statuses a planner may set, each with the statuses it may follow and the edition phase it
 * needs. SELECTED and NOT_SELECTED are absent: only publishing results sets them. A project is
 * appealed at most once.
 */
const steps: Partial<Record<BudgetProjectStatus, Step>> = {
  IN_VERIFICATION: { from: ['SUBMITTED'], phase: 'VERIFICATION' },
  ACCEPTED: { from: ['IN_VERIFICATION', 'APPEALED'], phase: null },
  REJECTED: { from: ['IN_VERIFICATION', 'APPEALED'], phase: null },
  APPEALED: { from: ['REJECTED'], phase: 'APPEALS' },
  IN_PROGRESS: { from: ['SELECTED'], phase: null },
  COMPLETED: { from: ['IN_PROGRESS'], phase: null },
  ABANDONED: { from: ['IN_PROGRESS'], phase: null },
};

/**
 * The edition phase the change from `before` to `after` needs (null for none), or
 * BAD_USER_INPUT naming `status` when the machine has no such step.
 */
export function checkStatusStep(
  before: BudgetProjectStatus,
  after: BudgetProjectStatus,
  appealed: boolean,
): BudgetPhase | null {
  if (after === 'SELECTED' || after === 'NOT_SELECTED') {
    throw badInput(
      'status',
      `${after} is set by publishing the results, not by hand`,
      'PROJECT_STATUS_BY_RESULTS',
    );
  }
  const step = steps[after];
  if (!step?.from.includes(before)) {
    const allowed = Object.entries(steps)
      .filter(([, s]) => s.from.includes(before))
      .map(([status]) => status);
    const next = allowed.length > 0 ? allowed.join(' or ') : 'nothing (by hand)';
    throw badInput(
      'status',
      `a ${before} project cannot become ${after}; it may become ${next}`,
      'PROJECT_STATUS_STEP_INVALID',
      { from: before, to: after, next: allowed.join(',') },
    );
  }
  if (after === 'APPEALED' && appealed) {
    throw badInput(
      'status',
      'this project was appealed once already; its second rejection is final',
      'PROJECT_ALREADY_APPEALED',
    );
  }
  // Accepting or rejecting belongs to verification, or to appeals when the project was appealed.
  if (after === 'ACCEPTED' || after === 'REJECTED') {
    return before === 'APPEALED' ? 'APPEALS' : 'VERIFICATION';
  }
  return step.phase;
}
