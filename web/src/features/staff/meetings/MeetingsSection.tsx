import type { Geometry } from 'geojson';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../../errors/errors.i18n';
import { useI18n } from '../../../i18n/I18nProvider';
import {
  AddMeetingMutation,
  RemoveMeetingMutation,
  type StaffConsultation,
  UpdateMeetingMutation,
} from '../consultations/consultations.queries';
import { formatWarsaw } from '../consultations/warsawTime';
import { useStaffT } from '../staff.i18n';
import { MeetingForm } from './MeetingForm';
import { blankMeeting, meetingFormOf } from './meetingForm';

type Meeting = StaffConsultation['meetings'][number];

function MeetingItem({ meeting, area }: { meeting: Meeting; area: Geometry | null }) {
  const t = useStaffT();
  const { lang } = useI18n();
  const errorText = useErrorText();
  const [editing, setEditing] = useState(false);
  const [{ fetching, error }, remove] = useMutation(RemoveMeetingMutation);
  const [, update] = useMutation(UpdateMeetingMutation);
  const where = [
    meeting.address,
    meeting.place && !meeting.address ? t('meeting.onMap') : null,
    meeting.onlineUrl,
  ].filter(Boolean);
  return (
    <li>
      <strong>{meeting.title}</strong> · {t(`meeting.kind.${meeting.kind}`)} ·{' '}
      {t('meeting.when', {
        from: formatWarsaw(meeting.startsAt, lang),
        to: formatWarsaw(meeting.endsAt, lang),
      })}
      {where.length > 0 && <span className="staff-muted"> · {where.join(' · ')}</span>}{' '}
      {!editing && (
        <button
          type="button"
          aria-label={t('meeting.changeNamed', { title: meeting.title })}
          onClick={() => setEditing(true)}
        >
          {t('meeting.change')}
        </button>
      )}{' '}
      <button
        type="button"
        disabled={fetching}
        aria-label={t('meeting.removeNamed', { title: meeting.title })}
        onClick={() => remove({ id: meeting.id })}
      >
        {t('meeting.remove')}
      </button>
      {error && (
        <p role="alert" className="account-error">
          {errorText(error)}
        </p>
      )}
      {editing && (
        <MeetingForm
          heading={t('meeting.changeHeading', { title: meeting.title })}
          submitLabel={t('meeting.save')}
          initial={meetingFormOf(meeting)}
          area={area}
          onSave={async (input) => (await update({ id: meeting.id, input })).error}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      )}
    </li>
  );
}

/** The consultation's meetings, and a way to add, change and remove them. */
export function MeetingsSection({
  consultation,
  onChanged,
}: {
  consultation: StaffConsultation;
  /** Fetches the consultation again: an added meeting is not in the answer. */
  onChanged: () => void;
}) {
  const t = useStaffT();
  const [, add] = useMutation(AddMeetingMutation);
  const area = consultation.area as Geometry;
  return (
    <section className="staff-section" aria-labelledby="staff-meetings">
      <h2 id="staff-meetings">{t('meeting.heading')}</h2>
      {consultation.meetings.length === 0 ? (
        <p>{t('meeting.none')}</p>
      ) : (
        <ul className="staff-items">
          {consultation.meetings.map((meeting) => (
            <MeetingItem key={meeting.id} meeting={meeting} area={area} />
          ))}
        </ul>
      )}
      <MeetingForm
        heading={t('meeting.add')}
        submitLabel={t('meeting.submit')}
        initial={blankMeeting}
        area={area}
        onSave={async (input) => (await add({ consultationId: consultation.id, input })).error}
        onSaved={onChanged}
      />
    </section>
  );
}
