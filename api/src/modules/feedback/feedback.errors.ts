import { defineReasons } from '../../errors/reason.js';

export const feedbackReasons = defineReasons({
  /** GRID needs cellMeters; params `{ min, max }`. */
  FEEDBACK_CELL_METERS_REQUIRED: 'BAD_USER_INPUT',
  /** The grid would build more cells than allowed for these remarks; params `{ cells, max }`. */
  FEEDBACK_GRID_TOO_FINE: 'BAD_USER_INPUT',
});
