import { defineReasons } from '../errors/reason.js';

/**
 * Operations refused before they run: for their shape (each names its limit in `params.max`),
 * or for characters no text may hold.
 */
export const operationReasons = defineReasons({
  INPUT_CONTROL_CHARACTER: 'BAD_USER_INPUT',
  INPUT_MALFORMED_UNICODE: 'BAD_USER_INPUT',
  INPUT_BIDI_CONTROL: 'BAD_USER_INPUT',
  QUERY_TOO_DEEP: 'BAD_USER_INPUT',
  QUERY_TOO_MANY_ALIASES: 'BAD_USER_INPUT',
  QUERY_TOO_MANY_DIRECTIVES: 'BAD_USER_INPUT',
  QUERY_TOO_MANY_TOKENS: 'BAD_USER_INPUT',
  QUERY_TOO_COSTLY: 'BAD_USER_INPUT',
  SUBSCRIPTIONS_TOO_MANY: 'RATE_LIMITED',
  /** More requests in flight from one address than PLAC_MAX_CONCURRENT_PER_ADDRESS; `{ max }`. */
  REQUESTS_TOO_MANY_AT_ONCE: 'RATE_LIMITED',
});
