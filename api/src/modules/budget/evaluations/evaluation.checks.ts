import type { Queryable } from '../../../db/sql.js';
import { isUuid } from '../../../db/uuid.js';
import { badInput } from '../../../errors/domain-error.js';
import type { BudgetEvaluationStage } from '../../../generated/prisma/enums.js';
import { type ChecklistItem, checklistItems } from './checklist.js';
import type { EvaluationAssignmentInput, EvaluationDecisionInput } from './evaluation.input.js';
import { type Assignment, isReviewer, unitExists } from './evaluation.sql.js';

export const maxJustification = 5000;

/** The trimmed justification, required for a negative decision; the stage's whole checklist. */
export function checkDecision(stage: BudgetEvaluationStage, input: EvaluationDecisionInput) {
  const justification = input.justification?.trim() || null;
  if (input.decision === 'NEGATIVE' && !justification) {
    throw badInput(
      'input.justification',
      'a negative decision needs a justification the authors can read',
      'INPUT_REQUIRED',
    );
  }
  if (justification && justification.length > maxJustification) {
    throw badInput(
      'input.justification',
      `at most ${maxJustification} characters`,
      'INPUT_TOO_LONG',
      {
        max: maxJustification,
      },
    );
  }
  return {
    checklist: checklistOf(stage, input.checklist),
    decision: input.decision,
    justification,
  };
}

function checklistOf(stage: BudgetEvaluationStage, given: ChecklistItem[]): ChecklistItem[] {
  const items = checklistItems[stage];
  for (const [i, { item }] of given.entries()) {
    if (!items.includes(item)) {
      throw badInput(
        `input.checklist.${i}.item`,
        `"${item}" is not an item of the ${stage} checklist`,
        'EVALUATION_CHECKLIST_ITEM_UNKNOWN',
        { item, stage },
      );
    }
  }
  return items.map((item) => ({ item, met: given.some((g) => g.item === item && g.met) }));
}

/** The assignment with its unit existing and its reviewer a planner or an admin. */
export async function checkAssignment(
  db: Queryable,
  input: EvaluationAssignmentInput,
): Promise<Assignment> {
  const unitId = input.unitId ?? null;
  const reviewerId = input.reviewerId ?? null;
  if (unitId && !(isUuid(unitId) && (await unitExists(db, unitId)))) {
    throw badInput('input.unitId', 'no such unit', 'EVALUATION_ASSIGNEE_INVALID');
  }
  if (reviewerId && !(isUuid(reviewerId) && (await isReviewer(db, reviewerId)))) {
    throw badInput('input.reviewerId', 'not a planner', 'EVALUATION_ASSIGNEE_INVALID');
  }
  return { unitId, reviewerId, dueAt: input.dueAt ?? null };
}
