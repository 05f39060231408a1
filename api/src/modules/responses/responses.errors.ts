import { defineReasons } from '../../errors/reason.js';

export const responseReasons = defineReasons({
  /** The consultation's report is published, so its responses are final. */
  RESPONSE_FINAL: 'BAD_USER_INPUT',
  /** Only top-level remarks get an official response, not replies. */
  RESPONSE_TO_REPLY: 'BAD_USER_INPUT',
  /** One bulk answer covers the remarks of one consultation. */
  RESPONSE_ACROSS_CONSULTATIONS: 'BAD_USER_INPUT',
});
