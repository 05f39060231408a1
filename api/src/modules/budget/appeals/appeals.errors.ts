import { defineReasons } from '../../../errors/reason.js';

export const appealReasons = defineReasons({
  /** Only the project's authors and co-authors appeal it. */
  APPEAL_NOT_AUTHOR: 'FORBIDDEN',
  /** The project has no negative evaluation to appeal (it was rejected by hand, or not at all). */
  APPEAL_NO_NEGATIVE_DECISION: 'BAD_USER_INPUT',
  /** The appeal was decided already. */
  APPEAL_ALREADY_DECIDED: 'CONFLICT',
});
