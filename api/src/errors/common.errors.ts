import { defineReasons } from './reason.js';

/** Reasons any module may give; a module declares its own where the client acts on the difference. */
export const commonReasons = defineReasons({
  INPUT_INVALID: 'BAD_USER_INPUT',
  INPUT_REQUIRED: 'BAD_USER_INPUT',
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
});
