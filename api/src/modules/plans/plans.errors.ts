import { defineReasons } from '../../errors/reason.js';

export const planReasons = defineReasons({
  /** Faults of single features, all listed in the message; params `{ invalid, total }`. */
  PLAN_FEATURES_INVALID: 'BAD_USER_INPUT',
  /** The crs given disagrees with the file, or the coordinates look like another; params `{ crs }`. */
  PLAN_CRS_MISMATCH: 'BAD_USER_INPUT',
  /** The file declares a CRS other than EPSG:4326 and EPSG:2180. */
  PLAN_CRS_UNSUPPORTED: 'BAD_USER_INPUT',
  /** params `{ max }`. */
  PLAN_TOO_MANY_FEATURES: 'BAD_USER_INPUT',
  /** The plan does not reach the consultation's area; params `{ meters }`. */
  PLAN_OUTSIDE_AREA: 'BAD_USER_INPUT',
  /** The plan's zones come as features, an uploaded file (fileId) or text: exactly one. */
  PLAN_SOURCE_REQUIRED: 'BAD_USER_INPUT',
  /** The consultation's remarks are still being assigned to the last import's zones. */
  PLAN_REASSIGNMENT_RUNNING: 'CONFLICT',
});
