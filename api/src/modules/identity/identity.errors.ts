import { defineReasons } from '../../errors/reason.js';

export const identityReasons = defineReasons({
  /** Email and password match no account; the same for an unknown email and a wrong password. */
  SIGN_IN_FAILED: 'UNAUTHENTICATED',
  SESSION_UNKNOWN: 'UNAUTHENTICATED',
  SESSION_SIGNED_OUT: 'UNAUTHENTICATED',
  SESSION_EXPIRED: 'UNAUTHENTICATED',
  ACCESS_TOKEN_UNKNOWN: 'UNAUTHENTICATED',
  ACCESS_TOKEN_REVOKED: 'UNAUTHENTICATED',
  ACCESS_TOKEN_EXPIRED: 'UNAUTHENTICATED',
  /** The request's access token lacks the scope this needs, params `{ scope }`. */
  ACCESS_TOKEN_SCOPE_MISSING: 'FORBIDDEN',
  /**
   * A new token's expiry is not in the future or is past the latest allowed, params `{ latest }`
   * (ISO 8601): a year ahead, or the expiry of the token creating it.
   */
  ACCESS_TOKEN_EXPIRY_OUT_OF_RANGE: 'BAD_USER_INPUT',
  /** Revoking a token the viewer has no active one by that id. */
  ACCESS_TOKEN_NOT_FOUND: 'NOT_FOUND',
  EMAIL_INVALID: 'BAD_USER_INPUT',
  EMAIL_TAKEN: 'CONFLICT',
  /** params `{ min }`. */
  PASSWORD_TOO_SHORT: 'BAD_USER_INPUT',
  /** params `{ max }`. */
  PASSWORD_TOO_LONG: 'BAD_USER_INPUT',
  /** The current password, asked again to confirm (deleting the account), is not right. */
  PASSWORD_WRONG: 'BAD_USER_INPUT',
  USER_NOT_FOUND: 'NOT_FOUND',
  /** A PLANNER role given without the unit it is scoped to. */
  ROLE_UNIT_REQUIRED: 'BAD_USER_INPUT',
  /** A unit given for a role other than PLANNER, which is city-wide. */
  ROLE_UNIT_UNEXPECTED: 'BAD_USER_INPUT',
  ROLE_NOT_HELD: 'NOT_FOUND',
  /** A planner of a city bureau, not of a district office, tried to verify a resident. */
  VERIFICATION_ONLY_DISTRICT_PLANNER: 'FORBIDDEN',
});
