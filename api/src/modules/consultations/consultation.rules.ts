import { badInput, type ErrorParams } from '../../errors/domain-error.js';
import type { ReasonFor } from '../../errors/error-reasons.js';
import type { ConsultationStatus } from '../../generated/prisma/enums.js';

const next: Record<ConsultationStatus, ConsultationStatus | null> = {
  DRAFT: 'ANNOUNCED',
  ANNOUNCED: 'OPEN',
  OPEN: 'CLOSED',
  CLOSED: 'REPORTED',
  REPORTED: null,
};

/** Each status leads to the next one only; REPORTED comes from publishing the report. */
export function checkTransition(from: ConsultationStatus, to: ConsultationStatus) {
  if (to === 'REPORTED') {
    throw badInput(
      'status',
      'REPORTED follows from publishing the report',
      'CONSULTATION_STATUS_BY_REPORT',
    );
  }
  const step = next[from];
  if (step !== to) {
    throw badInput(
      'status',
      `${from} cannot become ${to}; it can become ${step ? `only ${step}` : 'nothing'}`,
      'CONSULTATION_STATUS_STEP_INVALID',
      { from, to, ...(step ? { next: step } : {}) },
    );
  }
}

/** Why a consultation takes no comments now, in words and as a reason a client translates. */
export type CommentingProblem = {
  message: string;
  reason: ReasonFor<'BAD_USER_INPUT'>;
  params: ErrorParams;
};

/** Comments are taken while a consultation is OPEN by status and by its dates. */
export function commentingProblem(
  c: { status: ConsultationStatus; opensAt: Date | null; closesAt: Date | null },
  now = new Date(),
): CommentingProblem | null {
  if (c.status !== 'OPEN') {
    const message = `the consultation is ${c.status}, not OPEN`;
    return { message, reason: 'CONSULTATION_NOT_OPEN', params: { status: c.status } };
  }
  if (c.opensAt && now < c.opensAt) {
    const opensAt = c.opensAt.toISOString();
    const message = `the consultation opens at ${opensAt}`;
    return { message, reason: 'CONSULTATION_NOT_OPEN_YET', params: { opensAt } };
  }
  if (c.closesAt && now >= c.closesAt) {
    const closesAt = c.closesAt.toISOString();
    const message = `the consultation closed at ${closesAt}`;
    return { message, reason: 'CONSULTATION_ENDED', params: { closesAt } };
  }
  return null;
}
