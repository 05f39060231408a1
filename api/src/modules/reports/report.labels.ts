// The domain's vocabulary as the web client words it (web/src/terms), so no term is
// translated twice; the report is Polish.
import terms from '../../../../web/src/terms/locales/pl.json' with { type: 'json' };
import type {
  CommentStance,
  ConsultationStatus,
  MeetingKind,
  PropertyRight,
  ResponseDecision,
} from '../../generated/prisma/enums.js';

/** A term starting a cell or a line: "Poparcie" for "poparcie". */
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const stanceLabel = (stance: CommentStance) => upperFirst(terms[`stance.${stance}`]);

export const decisionLabel = (decision: ResponseDecision) =>
  upperFirst(terms[`decision.${decision}`]);

export const statusLabel = (status: ConsultationStatus) =>
  upperFirst(terms[`consultationStatus.${status}`]);

export const meetingLabel = (kind: MeetingKind) => upperFirst(terms[`meetingKind.${kind}`]);

/** The author's title to the property, as a formal remark names it: "właściciel". */
export const propertyRightLabel = (right: PropertyRight) => terms[`propertyHolder.${right}`];

const dateFormat = new Intl.DateTimeFormat('pl-PL', {
  dateStyle: 'long',
  timeZone: 'Europe/Warsaw',
});
const dateTimeFormat = new Intl.DateTimeFormat('pl-PL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Warsaw',
});

/** Dates as read in Warsaw, e.g. "5 grudnia 2026". */
export const formatDate = (date: Date | null) => (date ? dateFormat.format(date) : '—');
export const formatDateTime = (date: Date | null) => (date ? dateTimeFormat.format(date) : '—');
