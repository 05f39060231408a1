import { defineReasons } from '../../errors/reason.js';

export const reportReasons = defineReasons({
  /** Before publication the report is the organiser's draft, unseen by others. */
  REPORT_NOT_PUBLISHED: 'NOT_FOUND',
  /** Only a CLOSED consultation's report is published; params `{ status }`. */
  REPORT_CONSULTATION_NOT_CLOSED: 'BAD_USER_INPUT',
  /** Every remark, hidden or not, needs a response first; params `{ unanswered, hidden }`. */
  REPORT_REMARKS_UNANSWERED: 'BAD_USER_INPUT',
});
