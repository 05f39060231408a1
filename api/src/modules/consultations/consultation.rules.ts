import { badInput } from '../../errors/domain-error.js';
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
  if (to === 'REPORTED') throw badInput('status', 'REPORTED follows from publishing the report');
  if (next[from] !== to) {
    const allowed = next[from] ? `only ${next[from]}` : 'nothing';
    throw badInput('status', `${from} cannot become ${to}; it can become ${allowed}`);
  }
}

/** Comments are taken while a consultation is OPEN by status and by its dates. */
export function commentingProblem(
  c: { status: ConsultationStatus; opensAt: Date | null; closesAt: Date | null },
  now = new Date(),
): string | null {
  if (c.status !== 'OPEN') return `the consultation is ${c.status}, not OPEN`;
  if (c.opensAt && now < c.opensAt) return `the consultation opens at ${c.opensAt.toISOString()}`;
  if (c.closesAt && now >= c.closesAt)
    return `the consultation closed at ${c.closesAt.toISOString()}`;
  return null;
}
