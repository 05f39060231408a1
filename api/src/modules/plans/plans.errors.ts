import { defineReasons } from '../../errors/reason.js';

export const planReasons = defineReasons({
  PLAN_FEATURES_INVALID: 'BAD_USER_INPUT',
});
