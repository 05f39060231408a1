import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { useAccountT } from './account.i18n';
import { SignOutEverywhereMutation } from './account.queries';
import { accountError } from './accountErrors';
import { FormError } from './FormError';

/** Ends every session of the account, on every device, and its access tokens if asked. */
export function SignOutEverywhere() {
  const { lang } = useI18n();
  const t = useAccountT();
  const [includeTokens, setIncludeTokens] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, signOutEverywhere] = useMutation(SignOutEverywhereMutation);

  const signOut = async () => {
    const result = await signOutEverywhere({ includeTokens });
    // Done, the session is gone and the page sends the user to sign in.
    setFailure(result.error ? accountError(result.error, lang).message : null);
  };

  return (
    <section className="account-section" aria-labelledby="account-sessions">
      <h2 id="account-sessions">{t('sessions')}</h2>
      <p>{t('sessionsInfo')}</p>
      <label>
        <input
          type="checkbox"
          checked={includeTokens}
          onChange={(event) => setIncludeTokens(event.target.checked)}
        />{' '}
        {t('sessionsWithTokens')}
      </label>
      <div className="account-actions">
        <button type="button" onClick={signOut} disabled={fetching}>
          {t('sessionsSignOut')}
        </button>
      </div>
      <FormError message={failure} />
    </section>
  );
}
