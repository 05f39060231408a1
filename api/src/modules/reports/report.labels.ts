import type {
  CommentStance,
  ConsultationStatus,
  MeetingKind,
  PropertyRight,
  ResponseDecision,
} from '../../generated/prisma/enums.js';

/** Polish labels for the printable report, in the wording of planning practice. */
export const stanceLabel: Record<CommentStance, string> = {
  SUPPORT: 'Poparcie',
  OBJECTION: 'Sprzeciw',
  PROPOSAL: 'Propozycja',
  QUESTION: 'Pytanie',
};

export const decisionLabel: Record<ResponseDecision, string> = {
  ACCEPTED: 'Uwzględniona',
  PARTIALLY_ACCEPTED: 'Uwzględniona częściowo',
  REJECTED: 'Nieuwzględniona',
  NOT_APPLICABLE: 'Nie dotyczy przedmiotu konsultacji',
  ANSWERED: 'Udzielono odpowiedzi',
};

export const statusLabel: Record<ConsultationStatus, string> = {
  DRAFT: 'Projekt',
  ANNOUNCED: 'Ogłoszone',
  OPEN: 'W toku',
  CLOSED: 'Zakończone',
  REPORTED: 'Zakończone, raport opublikowany',
};

export const meetingLabel: Record<MeetingKind, string> = {
  OPEN_MEETING: 'Spotkanie otwarte',
  WORKSHOP: 'Warsztat',
  STUDY_WALK: 'Spacer studyjny',
  CONSULTATION_POINT: 'Punkt konsultacyjny',
  SURVEY: 'Badanie ankietowe',
};

export const propertyRightLabel: Record<PropertyRight, string> = {
  OWNER: 'właściciel',
  PERPETUAL_USUFRUCT: 'użytkownik wieczysty',
  NONE: 'brak tytułu prawnego',
};

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
