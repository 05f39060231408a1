import { useT } from '../../i18n/I18nProvider';
import type { SessionUser } from '../../session/useSession';

/** Who the user is to Plac, and what verification means for voting. */
export function Profile({ user }: { user: SessionUser }) {
  const t = useT();
  return (
    <section className="account-section" aria-labelledby="account-profile">
      <h2 id="account-profile">{t('account.profile')}</h2>
      <dl className="account-facts">
        <dt>{t('account.displayName')}</dt>
        <dd>{user.displayName}</dd>
        <dt>{t('account.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('account.birthYear')}</dt>
        <dd>{user.birthYear ?? t('account.none')}</dd>
      </dl>
      <p className={user.verified ? 'account-verified' : 'account-unverified'}>
        <strong>
          <span aria-hidden="true">{user.verified ? '✓ ' : '! '}</span>
          {t(user.verified ? 'account.verified' : 'account.notVerified')}
        </strong>
        <br />
        {t(user.verified ? 'account.verifiedInfo' : 'account.notVerifiedInfo')}
      </p>
    </section>
  );
}
