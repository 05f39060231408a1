import type { ConsultationStatus } from '../home/byStatus';

/** A step a planner takes by hand; REPORTED follows from publishing the report instead. */
export type StatusStep = {
  to: 'ANNOUNCED' | 'OPEN' | 'CLOSED';
  action: 'announce' | 'open' | 'close';
};

const steps: Partial<Record<ConsultationStatus, StatusStep>> = {
  DRAFT: { to: 'ANNOUNCED', action: 'announce' },
  ANNOUNCED: { to: 'OPEN', action: 'open' },
  OPEN: { to: 'CLOSED', action: 'close' },
};

/** The one step a consultation can take next, or null when it is closed or reported. */
export const nextStep = (status: ConsultationStatus): StatusStep | null => steps[status] ?? null;

/** Why the next step cannot be taken yet: the API asks for both dates first. */
export function stepBlocker(c: {
  opensAt: string | null;
  closesAt: string | null;
}): 'datesRequired' | null {
  return c.opensAt && c.closesAt ? null : 'datesRequired';
}

/** What comes after the steps: publishing the report (planner view), then reading it. */
export function afterSteps(status: ConsultationStatus): 'publishReport' | 'readReport' | null {
  if (status === 'CLOSED') return 'publishReport';
  if (status === 'REPORTED') return 'readReport';
  return null;
}

/** Where a consultation is on its way, for the step list: done, current or still to come. */
export function stepStates(status: ConsultationStatus) {
  const order: ConsultationStatus[] = ['DRAFT', 'ANNOUNCED', 'OPEN', 'CLOSED', 'REPORTED'];
  const at = order.indexOf(status);
  return order.map((s, i) => ({
    status: s,
    state: i < at ? ('done' as const) : i === at ? ('current' as const) : ('todo' as const),
  }));
}
