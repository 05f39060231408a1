import { Link, useLocation } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/useSession';
import { formatDate } from '../../ui/format';
import { CommentForm } from './CommentForm';
import { useConsultationT } from './consultation.i18n';
import type { Comment, Consultation } from './consultation.queries';
import type { CommentGeometry, Shape } from './locationInput';

type Props = {
  consultation: Consultation;
  formOpen: boolean;
  onOpen: () => void;
  onClose: () => void;
  draft: CommentGeometry | null;
  onDraft: (geometry: CommentGeometry | null) => void;
  drawShape: Shape | null;
  onDrawShape: (shape: Shape | null) => void;
  onAdded: (comment: Comment, clipped: boolean) => void;
};

/** Why one cannot comment (not open, signed out), or the button and form to do it. */
export function AddCommentPanel(props: Props) {
  const { lang } = useI18n();
  const t = useConsultationT();
  const { user, loading } = useSession();
  const { pathname } = useLocation();
  const { consultation } = props;

  if (consultation.status !== 'OPEN') {
    const reportUrl = `/consultations/${consultation.id}/report`;
    return (
      <div className="notice" role="note">
        <p>
          {t(`notOpen.${consultation.status}`, {
            date: consultation.opensAt ? formatDate(consultation.opensAt, lang) : '—',
          })}
        </p>
        {consultation.status === 'REPORTED' && <a href={reportUrl}>{t('readReport')}</a>}
      </div>
    );
  }
  if (loading) return null;
  if (!user) {
    return (
      <div className="notice">
        <p>{t('signInToComment')}</p>
        <Link to={`/sign-in?next=${encodeURIComponent(pathname)}`}>{t('signIn')}</Link>
      </div>
    );
  }
  if (!props.formOpen) {
    return (
      <button type="button" className="primary" onClick={props.onOpen}>
        {t('addComment')}
      </button>
    );
  }
  return <CommentForm {...props} onCancel={props.onClose} />;
}
