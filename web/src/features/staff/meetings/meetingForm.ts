import type { Point } from 'geojson';
import { fromWarsawLocal, toWarsawLocal } from '../consultations/warsawTime';
import { fieldNamed } from '../forms/useFormErrors';

export const meetingKinds = [
  'OPEN_MEETING',
  'WORKSHOP',
  'STUDY_WALK',
  'CONSULTATION_POINT',
  'SURVEY',
] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export type MeetingFormValues = {
  title: string;
  kind: MeetingKind;
  /** `datetime-local` values on Warsaw's clock. */
  startsAt: string;
  endsAt: string;
  address: string;
  place: Point | null;
  onlineUrl: string;
};

export type MeetingField = keyof MeetingFormValues;
export type MeetingProblem = {
  field: MeetingField;
  problem: 'dateInvalid' | 'placeMissing';
};

export const blankMeeting: MeetingFormValues = {
  title: '',
  kind: 'OPEN_MEETING',
  startsAt: '',
  endsAt: '',
  address: '',
  place: null,
  onlineUrl: '',
};

/**
 * The API's MeetingInput: times read on Warsaw's clock, and where it is held: a place on the
 * map, an address, an online link, or any of them together — at least one.
 */
export type MeetingInputValues = {
  title: string;
  kind: MeetingKind;
  startsAt: string;
  endsAt: string;
  place?: Point;
  address?: string;
  onlineUrl?: string;
};

export function meetingInput(
  form: MeetingFormValues,
): { input: MeetingInputValues } | { problem: MeetingProblem } {
  const startsAt = fromWarsawLocal(form.startsAt);
  if (!startsAt) return { problem: { field: 'startsAt', problem: 'dateInvalid' } };
  const endsAt = fromWarsawLocal(form.endsAt);
  if (!endsAt) return { problem: { field: 'endsAt', problem: 'dateInvalid' } };
  const address = form.address.trim();
  const onlineUrl = form.onlineUrl.trim();
  if (!form.place && !address && !onlineUrl) {
    return { problem: { field: 'place', problem: 'placeMissing' } };
  }
  return {
    input: {
      title: form.title.trim(),
      kind: form.kind,
      startsAt,
      endsAt,
      ...(form.place ? { place: form.place } : {}),
      ...(address ? { address } : {}),
      ...(onlineUrl ? { onlineUrl } : {}),
    },
  };
}

/** The field an API refusal of a meeting names. */
export const meetingFieldOf = (apiField?: string): MeetingField | null =>
  fieldNamed<MeetingField>([
    'title',
    'kind',
    'startsAt',
    'endsAt',
    'address',
    'place',
    'onlineUrl',
  ])(apiField);

/** The form filled from a saved meeting, to change it. */
export function meetingFormOf(meeting: {
  title: string;
  kind: MeetingKind;
  startsAt: string;
  endsAt: string;
  address?: string | null;
  onlineUrl?: string | null;
  place?: unknown;
}): MeetingFormValues {
  const place = meeting.place as Point | null | undefined;
  return {
    title: meeting.title,
    kind: meeting.kind,
    startsAt: toWarsawLocal(meeting.startsAt),
    endsAt: toWarsawLocal(meeting.endsAt),
    address: meeting.address ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    place: place?.type === 'Point' ? place : null,
  };
}
