import { defineReasons } from './reason.js';

/** Reasons any module may give; a module declares its own where the client acts on the difference. */
export const commonReasons = defineReasons({
  INPUT_INVALID: 'BAD_USER_INPUT',
  INPUT_REQUIRED: 'BAD_USER_INPUT',
  /** A text shorter than its minimum, params `{ min }`; a blank one is INPUT_REQUIRED. */
  INPUT_TOO_SHORT: 'BAD_USER_INPUT',
  INPUT_TOO_LONG: 'BAD_USER_INPUT',
  INPUT_OUT_OF_RANGE: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  NOT_ALLOWED: 'FORBIDDEN',
  ROLE_REQUIRED: 'FORBIDDEN',
  MUTATION_WITHOUT_RULE: 'FORBIDDEN',
  SIGN_IN_REQUIRED: 'UNAUTHENTICATED',
  ALREADY_EXISTS: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request itself is malformed: a GraphQL syntax or validation error, bad variables. */
  REQUEST_INVALID: 'BAD_USER_INPUT',
  /** The request body is over its limit (`params.maxBytes`). */
  REQUEST_TOO_LARGE: 'BAD_USER_INPUT',
  /** A statement ran past PLAC_STATEMENT_TIMEOUT_MS and was stopped. */
  DATABASE_TIMEOUT: 'TIMEOUT',
  /** The database could not be reached, or went away during the request. */
  DATABASE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
});
