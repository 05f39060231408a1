import { Link } from 'react-router';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useAccountT } from './account.i18n';

/** Said once the account is gone and the session with it. */
export function AccountDeleted() {
  const t = useAccountT();
  useDocumentTitle(t('deleted.heading'));
  return (
    <div className="page account-page" role="status">
      <h1>{t('deleted.heading')}</h1>
      <p>{t('deleted.info')}</p>
      <p>
        <Link to="/">{t('deleted.home')}</Link>
      </p>
    </div>
  );
}
