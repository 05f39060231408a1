import { describe, expect, it } from 'vitest';
import { blankMeeting, meetingFieldOf, meetingFormOf, meetingInput } from './meetingForm';

const times = { startsAt: '2026-12-10T18:00', endsAt: '2026-12-10T20:00' };

describe('meetingInput', () => {
  it('sends a place picked on the map with the times on Warsaw clock', () => {
    const place = { type: 'Point' as const, coordinates: [21.0, 52.2] };
    expect(meetingInput({ ...blankMeeting, ...times, title: ' Spotkanie ', place })).toEqual({
      input: {
        title: 'Spotkanie',
        kind: 'OPEN_MEETING',
        startsAt: '2026-12-10T17:00:00.000Z',
        endsAt: '2026-12-10T19:00:00.000Z',
        place,
      },
    });
  });

  it('takes an address alone or an online link alone', () => {
    expect(
      meetingInput({ ...blankMeeting, ...times, address: ' ul. Rakowiecka 25/27 ' }),
    ).toMatchObject({ input: { address: 'ul. Rakowiecka 25/27' } });
    const online = meetingInput({ ...blankMeeting, ...times, onlineUrl: 'https://meet.example/x' });
    expect(online).toMatchObject({ input: { onlineUrl: 'https://meet.example/x' } });
    expect('input' in online && 'address' in online.input).toBe(false);
  });

  it('asks for somewhere to hold it', () => {
    expect(meetingInput({ ...blankMeeting, ...times, address: '  ' })).toEqual({
      problem: { field: 'place', problem: 'placeMissing' },
    });
  });

  it('asks for both times', () => {
    expect(meetingInput({ ...blankMeeting, endsAt: times.endsAt, address: 'x' })).toEqual({
      problem: { field: 'startsAt', problem: 'dateInvalid' },
    });
    expect(meetingInput({ ...blankMeeting, startsAt: times.startsAt, address: 'x' })).toEqual({
      problem: { field: 'endsAt', problem: 'dateInvalid' },
    });
  });
});

describe('meetingFieldOf', () => {
  it("names the form's field", () => {
    expect(meetingFieldOf('input.endsAt')).toBe('endsAt');
    expect(meetingFieldOf('input.onlineUrl')).toBe('onlineUrl');
    expect(meetingFieldOf('consultationId')).toBeNull();
  });
});

describe('meetingFormOf', () => {
  it('fills the form from a saved meeting, on Warsaw clock, and gives back the same input', () => {
    const saved = {
      title: 'Spacer',
      kind: 'STUDY_WALK' as const,
      startsAt: '2026-12-10T17:00:00.000Z',
      endsAt: '2026-12-10T19:00:00.000Z',
      address: null,
      onlineUrl: 'https://meet.example/x',
      place: { type: 'Point', coordinates: [21, 52.2] },
    };
    const form = meetingFormOf(saved);
    expect(form).toMatchObject({
      startsAt: '2026-12-10T18:00',
      address: '',
      onlineUrl: saved.onlineUrl,
    });
    expect(meetingInput(form)).toEqual({
      input: {
        title: 'Spacer',
        kind: 'STUDY_WALK',
        startsAt: saved.startsAt,
        endsAt: saved.endsAt,
        place: saved.place,
        onlineUrl: saved.onlineUrl,
      },
    });
  });
});
