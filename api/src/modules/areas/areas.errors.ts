import { defineReasons } from '../../errors/reason.js';

export const areaReasons = defineReasons({
  /** `area` takes exactly one of `id` and `slug`. */
  AREA_ID_OR_SLUG: 'BAD_USER_INPUT',
});
