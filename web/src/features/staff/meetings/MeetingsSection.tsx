import type { Geometry } from 'geojson';
import { useMutation } from 'urql';
import { useErrorText } from '../../../errors/errors.i18n';
import { useI18n } from '../../../i18n/I18nProvider';
import {
  RemoveMeetingMutation,
  type StaffConsultation,
} from '../consultations/consultations.queries';
import { formatWarsaw } from '../consultations/warsawTime';
import { useStaffT } from '../staff.i18n';
import { AddMeetingForm } from './AddMeetingForm';

type Meeting = StaffConsultation['meetings'][number];

function MeetingItem({ meeting }: { meeting: Meeting }) {
  const t = useStaffT();
  const { lang } = useI18n();
  const errorText = useErrorText();
  const [{ fetching, error }, remove] = useMutation(RemoveMeetingMutation);
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
    </li>
  );
}

/** The consultation's meetings, and a way to add and remove them. */
export function MeetingsSection({
  consultation,
  onChanged,
}: {
  consultation: StaffConsultation;
  /** Fetches the consultation again: an added meeting is not in the answer. */
  onChanged: () => void;
}) {
  const t = useStaffT();
  return (
    <section className="staff-section" aria-labelledby="staff-meetings">
      <h2 id="staff-meetings">{t('meeting.heading')}</h2>
      {consultation.meetings.length === 0 ? (
        <p>{t('meeting.none')}</p>
      ) : (
        <ul className="staff-items">
          {consultation.meetings.map((meeting) => (
            <MeetingItem key={meeting.id} meeting={meeting} />
          ))}
        </ul>
      )}
      <AddMeetingForm
        consultationId={consultation.id}
        area={consultation.area as Geometry}
        onAdded={onChanged}
      />
    </section>
  );
}
