import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { isPlannerOf, useSession } from '../../session/useSession';
import { upperFirst, useTerms } from '../../terms/terms.i18n';
import { formatDate, formatDateTime } from '../../ui/format';
import { useConsultationT } from './consultation.i18n';
import type { Consultation } from './consultation.queries';

/** Title, status, dates and summary; the planner's view for planners of the unit. */
export function ConsultationHeader({ consultation }: { consultation: Consultation }) {
  const { lang } = useI18n();
  const t = useConsultationT();
  const term = useTerms();
  const { user } = useSession();
  const { opensAt, closesAt } = consultation;
  return (
    <header className="consultation-header">
      <p className="consultation-unit">{consultation.unit.name}</p>
      <h1>{consultation.title}</h1>
      <p className="consultation-meta">
        <span className={`consultation-status status-${consultation.status.toLowerCase()}`}>
          {upperFirst(term(`consultationStatus.${consultation.status}`))}
        </span>
        {opensAt && closesAt && (
          <span>
            {t('dates', {
              from: formatDate(opensAt, lang),
              to: formatDate(closesAt, lang),
            })}
          </span>
        )}
      </p>
      <p className="consultation-summary">{consultation.summary}</p>
      {isPlannerOf(user, consultation.unit.id) && (
        <p>
          <Link to={`/consultations/${consultation.id}/feedback`}>{t('plannerView')}</Link>
        </p>
      )}
    </header>
  );
}

/** The description (safe HTML from the API), documents and meetings. */
export function ConsultationDetails({
  consultation,
  onShowPlace,
}: {
  consultation: Consultation;
  onShowPlace: (meetingId: string) => void;
}) {
  const { lang } = useI18n();
  const t = useConsultationT();
  const term = useTerms();
  return (
    <details className="consultation-details">
      <summary>{t('details')}</summary>
      <div
        className="consultation-description"
        // The API renders the Markdown to sanitised HTML (descriptionHtml).
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the API
        dangerouslySetInnerHTML={{ __html: consultation.descriptionHtml }}
      />
      <h3>{t('documents')}</h3>
      {consultation.documents.length === 0 ? (
        <p className="muted">{t('noDocuments')}</p>
      ) : (
        <ul>
          {consultation.documents.map((document) => (
            <li key={document.id}>
              <a href={document.url}>{document.title}</a>{' '}
              <span className="muted">({t(`document.${document.kind}`)})</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('meetings')}</h3>
      <p className="muted">{t('timesInWarsaw')}</p>
      {consultation.meetings.length === 0 ? (
        <p className="muted">{t('noMeetings')}</p>
      ) : (
        <ul className="meeting-list">
          {consultation.meetings.map((meeting) => (
            <li key={meeting.id}>
              <strong>{meeting.title}</strong> ({term(`meetingKind.${meeting.kind}`)})
              <br />
              {formatDateTime(meeting.startsAt, lang)}
              {meeting.address && <> · {meeting.address}</>}
              {meeting.place && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onShowPlace(meeting.id)}
                  >
                    {t('showOnMap')}
                  </button>
                </>
              )}
              {meeting.onlineUrl && (
                <>
                  {' · '}
                  <a href={meeting.onlineUrl}>{t('online')}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
