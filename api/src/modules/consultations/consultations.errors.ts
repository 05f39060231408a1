import { defineReasons } from '../../errors/reason.js';

export const consultationReasons = defineReasons({
  /** Comments are taken only while OPEN; params `{ status }`. */
  CONSULTATION_NOT_OPEN: 'BAD_USER_INPUT',
  /** OPEN, but its period starts later; params `{ opensAt }` (ISO 8601). */
  CONSULTATION_NOT_OPEN_YET: 'BAD_USER_INPUT',
  /** OPEN, but its period is over; params `{ closesAt }` (ISO 8601). */
  CONSULTATION_ENDED: 'BAD_USER_INPUT',
  /** Not the next step; params `{ from, to }` and `next` when there is one. */
  CONSULTATION_STATUS_STEP_INVALID: 'BAD_USER_INPUT',
  /** REPORTED comes from publishing the report, not from a status change. */
  CONSULTATION_STATUS_BY_REPORT: 'BAD_USER_INPUT',
  /** opensAt and closesAt are set before the status moves on. */
  CONSULTATION_DATES_REQUIRED: 'BAD_USER_INPUT',
  /** A CLOSED or REPORTED consultation is no longer changed; params `{ status }`. */
  CONSULTATION_FINISHED: 'BAD_USER_INPUT',
  /** The unit has no district of its own, so the area must be given. */
  CONSULTATION_AREA_REQUIRED: 'BAD_USER_INPUT',
  /** An end (closesAt, a meeting's endsAt) not after its start. */
  CONSULTATION_PERIOD_INVALID: 'BAD_USER_INPUT',
  /** A meeting is held somewhere: a point on the map, an address, an online link, or more. */
  MEETING_PLACE_REQUIRED: 'BAD_USER_INPUT',
  /** A document is a link (url) or an uploaded file (fileId): exactly one of the two. */
  DOCUMENT_SOURCE_REQUIRED: 'BAD_USER_INPUT',
});
