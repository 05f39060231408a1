import { defineReasons } from '../../errors/reason.js';

export const feedbackReasons = defineReasons({
  /** GRID needs cellMeters; params `{ min, max }`. */
  FEEDBACK_CELL_METERS_REQUIRED: 'BAD_USER_INPUT',
});
