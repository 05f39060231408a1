import { defineReasons } from '../../../errors/reason.js';

export const evaluationReasons = defineReasons({
  /** The project has no evaluation waiting for a decision (it is not IN_VERIFICATION). */
  EVALUATION_NOT_OPEN: 'BAD_USER_INPUT',
  /** A checklist names an item its stage does not have; params `{ item, stage }`. */
  EVALUATION_CHECKLIST_ITEM_UNKNOWN: 'BAD_USER_INPUT',
  /** The assignee is not a planner, or the unit not one of the city's. */
  EVALUATION_ASSIGNEE_INVALID: 'BAD_USER_INPUT',
});
