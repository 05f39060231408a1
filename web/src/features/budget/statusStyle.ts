import type { BudgetProjectStatus } from './budgetStatus';

/** Statuses drawn alike on the map: where the project stands for a voter. */
export type StatusGroup = 'pending' | 'onBallot' | 'selected' | 'notFunded';

// Okabe–Ito colours, told apart with every common colour-vision deficiency; the legend and
// the list repeat each status in words and a symbol.
export const groupStyles: Record<StatusGroup, { color: string; symbol: string }> = {
  pending: { color: '#E69F00', symbol: '?' },
  onBallot: { color: '#0072B2', symbol: '✓' },
  selected: { color: '#009E73', symbol: '★' },
  notFunded: { color: '#6E6E6E', symbol: '✕' },
};

export const statusGroups = Object.keys(groupStyles) as StatusGroup[];

export function statusGroup(status: BudgetProjectStatus): StatusGroup {
  switch (status) {
    case 'ACCEPTED':
      return 'onBallot';
    case 'SELECTED':
    case 'IN_PROGRESS':
    case 'COMPLETED':
      return 'selected';
    case 'REJECTED':
    case 'NOT_SELECTED':
    case 'ABANDONED':
      return 'notFunded';
    default:
      return 'pending';
  }
}
