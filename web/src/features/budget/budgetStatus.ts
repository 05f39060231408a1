import type { ResultOf } from '../../graphql/graphql';
import type { ProjectsQuery } from './budget.queries';

export type BudgetProjectStatus = ResultOf<
  typeof ProjectsQuery
>['projects']['edges'][number]['node']['status'];
export type BudgetPoolKind = 'AREA' | 'CITYWIDE';
export type BudgetPhase =
  | 'SUBMISSION'
  | 'VERIFICATION'
  | 'APPEALS'
  | 'VOTING'
  | 'RESULTS'
  | 'IMPLEMENTATION';

/** Every status in the order of the project's life. */
export const projectStatuses: readonly BudgetProjectStatus[] = [
  'SUBMITTED',
  'IN_VERIFICATION',
  'ACCEPTED',
  'REJECTED',
  'APPEALED',
  'SELECTED',
  'NOT_SELECTED',
  'IN_PROGRESS',
  'COMPLETED',
  'ABANDONED',
];

export const phases: readonly BudgetPhase[] = [
  'SUBMISSION',
  'VERIFICATION',
  'APPEALS',
  'VOTING',
  'RESULTS',
  'IMPLEMENTATION',
];
