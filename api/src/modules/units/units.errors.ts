import { defineReasons } from '../../errors/reason.js';

export const unitReasons = defineReasons({
  UNIT_NOT_FOUND: 'NOT_FOUND',
  /** Another unit has this name, or one that makes the same slug. */
  UNIT_NAME_TAKEN: 'CONFLICT',
  /** A district office created without its district's area. */
  UNIT_DISTRICT_REQUIRED: 'BAD_USER_INPUT',
});
