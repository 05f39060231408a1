import { defineReasons } from '../../errors/reason.js';

export const fileReasons = defineReasons({
  /** Larger than the server takes; params `{ max }` in bytes. */
  FILE_TOO_LARGE: 'BAD_USER_INPUT',
  /** Neither its content nor its name is one of the allowed types; params `{ allowed }`. */
  FILE_TYPE_NOT_ALLOWED: 'BAD_USER_INPUT',
  /** No bytes at all. */
  FILE_EMPTY: 'BAD_USER_INPUT',
  /** A name that is missing, too long, without an extension or with characters not taken. */
  FILE_NAME_INVALID: 'BAD_USER_INPUT',
});
