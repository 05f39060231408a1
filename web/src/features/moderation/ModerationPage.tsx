import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { HiddenRemarks } from './HiddenRemarks';
import { ModerationQueue } from './ModerationQueue';
import { useModerationT } from './moderation.i18n';
import '../account/account.css';
import './moderation.css';

/** /staff/moderation — moderators and admins decide on reported remarks and find hidden ones. */
export function ModerationPage() {
  const t = useModerationT();
  useDocumentTitle(t('title'));
  return (
    <div className="staff-content moderation-page">
      <h1>{t('title')}</h1>
      <p className="moderation-meta">{t('intro')}</p>
      <ModerationQueue />
      <HiddenRemarks />
    </div>
  );
}
