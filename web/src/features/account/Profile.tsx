import { useState } from 'react';
import type { SessionUser } from '../../session/useSession';
import { useAccountT } from './account.i18n';
import { ProfileForm } from './ProfileForm';

/** Who the user is to Plac (which they may change), and what verification means for voting. */
export function Profile({ user }: { user: SessionUser }) {
  const t = useAccountT();
  const [editing, setEditing] = useState(false);
  return (
    <section className="account-section" aria-labelledby="account-profile">
      <h2 id="account-profile">{t('profile')}</h2>
      {editing ? (
        <ProfileForm user={user} onDone={() => setEditing(false)} />
      ) : (
        <>
          <dl className="account-facts">
            <dt>{t('displayName')}</dt>
            <dd>{user.displayName}</dd>
            <dt>{t('email')}</dt>
            <dd>{user.email}</dd>
            <dt>{t('birthYear')}</dt>
            <dd>{user.birthYear ?? t('none')}</dd>
          </dl>
          <button type="button" onClick={() => setEditing(true)}>
            {t('profileEdit')}
          </button>
        </>
      )}
      <p className={user.verified ? 'account-verified' : 'account-unverified'}>
        <strong>
          <span aria-hidden="true">{user.verified ? '✓ ' : '! '}</span>
          {t(user.verified ? 'verified' : 'notVerified')}
        </strong>
        <br />
        {t(user.verified ? 'verifiedInfo' : 'notVerifiedInfo')}
      </p>
    </section>
  );
}
