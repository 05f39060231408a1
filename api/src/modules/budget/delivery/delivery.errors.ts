import { defineReasons } from '../../../errors/reason.js';

export const deliveryReasons = defineReasons({
  /** Delivery is reported only for funded projects (SELECTED and onwards); params `{ status }`. */
  DELIVERY_PROJECT_NOT_FUNDED: 'BAD_USER_INPUT',
  /** An update is dated no later than today (in Warsaw); params `{ today }`. */
  DELIVERY_DATE_IN_FUTURE: 'BAD_USER_INPUT',
  /** More photos on one update than it takes; params `{ max }`. */
  DELIVERY_TOO_MANY_PHOTOS: 'BAD_USER_INPUT',
});
