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
  /** The verifying unit given is not a district office the planner works for. */
  VERIFICATION_UNIT_NOT_MANAGED: 'FORBIDDEN',
  /** The date the document was checked is after today (Warsaw time). */
  VERIFICATION_DATE_IN_FUTURE: 'BAD_USER_INPUT',
  /** The date the document was checked is before the account was made. */
  VERIFICATION_DATE_BEFORE_ACCOUNT: 'BAD_USER_INPUT',
  /** Verifying someone verified already: revoke first to record a new verification. */
  VERIFICATION_ALREADY_VERIFIED: 'CONFLICT',
  /** Revoking the verification of someone who is not verified. */
  VERIFICATION_NOT_HELD: 'NOT_FOUND',
  /** Asking to be verified while verified already. */
  VERIFICATION_REQUEST_ALREADY_VERIFIED: 'CONFLICT',
  /** Withdrawing a request when none is open. */
  VERIFICATION_REQUEST_NOT_FOUND: 'NOT_FOUND',
  /** Revoking the only ADMIN role left, or deleting the account that holds it. */
  LAST_ADMIN: 'CONFLICT',
});
