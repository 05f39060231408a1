import type { BudgetEvaluationStage } from '../../../generated/prisma/enums.js';

/**
 * What the office checks at each stage, after Warsaw's evaluation cards (karta oceny formalnej
 * i merytorycznej). The client words each item; an evaluation stores the items as ticked.
 */
export const checklistItems: Record<BudgetEvaluationStage, readonly string[]> = {
  FORMAL: [
    'FORM_COMPLETE',
    'SUPPORT_LIST_ATTACHED',
    'WITHIN_POOL_AMOUNT',
    'CITY_TASK',
    'COST_ESTIMATED',
  ],
  MERIT: [
    'CITY_LAND',
    'FEASIBLE_IN_ONE_YEAR',
    'LAWFUL',
    'COST_REALISTIC',
    'CONSISTENT_WITH_PLANS',
    'PUBLICLY_AVAILABLE',
  ],
};

export type ChecklistItem = { item: string; met: boolean };

/** The stage's items, none met yet. */
export const blankChecklist = (stage: BudgetEvaluationStage): ChecklistItem[] =>
  checklistItems[stage].map((item) => ({ item, met: false }));
