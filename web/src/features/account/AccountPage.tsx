import { useState } from 'react';
import { Navigate } from 'react-router';
import { useSession } from '../../session/useSession';
import { useUiT } from '../../ui/ui.i18n';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { MyProjectsLink } from '../budget-my-projects/MyProjectsLink';
import { AccessTokens } from './AccessTokens';
import { AccountDeleted } from './AccountDeleted';
import { useAccountT } from './account.i18n';
import { DataDownload } from './DataDownload';
import { DeleteAccount } from './DeleteAccount';
import { MyBallots } from './MyBallots';
import { MyComments } from './MyComments';
import { Profile } from './Profile';
import { SignOutEverywhere } from './SignOutEverywhere';
import { VerificationRequest } from './VerificationRequest';
import './account.css';

/** The signed-in resident's profile, contributions and data; visitors go to sign in first. */
export function AccountPage() {
  const t = useAccountT();
  const tUi = useUiT();
  useDocumentTitle(t('heading'));
  const { user, loading } = useSession();
  // Once the account is being deleted, losing the session means it is gone: say so.
  const [deleting, setDeleting] = useState(false);
  if (loading && !user) {
    return (
      <div className="page account-page">
        <h1>{t('heading')}</h1>
        <p role="status">{tUi('state.loading')}</p>
      </div>
    );
  }
  if (!user)
    return deleting ? <AccountDeleted /> : <Navigate to="/sign-in?next=/account" replace />;
  return (
    <div className="page account-page">
      <h1>{t('heading')}</h1>
      <Profile user={user} />
      {!user.verified && <VerificationRequest email={user.email} />}
      <MyComments />
      <MyBallots />
      <p className="account-section">
        <MyProjectsLink />
      </p>
      <DataDownload />
      <AccessTokens user={user} />
      <SignOutEverywhere />
      <DeleteAccount onDeleting={setDeleting} />
    </div>
  );
}
