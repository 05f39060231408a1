import { type FormEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { useAccountT } from './account.i18n';
import { DeleteAccountMutation } from './account.queries';
import { accountError } from './accountErrors';
import { Field } from './Field';
import { useFocusInvalid } from './useFocusInvalid';

type Props = {
  /** Called with true as the deletion starts, false if it fails: the page then stays. */
  onDeleting: (deleting: boolean) => void;
};

/** Deleting the account: a first button, then the password to confirm it. */
export function DeleteAccount({ onDeleting }: Props) {
  const { lang } = useI18n();
  const t = useAccountT();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(form, failure);
  const [{ fetching }, deleteAccount] = useMutation(DeleteAccountMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onDeleting(true);
    const result = await deleteAccount({ password });
    if (!result.error) return;
    onDeleting(false);
    setFailure(accountError(result.error, lang).message);
  };

  return (
    <section className="account-section account-danger" aria-labelledby="account-delete">
      <h2 id="account-delete">{t('delete')}</h2>
      <p>{t('deleteInfo')}</p>
      {confirming ? (
        <form ref={form} className="account-form" onSubmit={submit} noValidate>
          <Field
            label={t('deletePassword')}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={failure}
          />
          <div className="account-actions">
            <button type="submit" className="account-danger-button" disabled={fetching}>
              {t('deleteConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('deleteCancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('deleteStart')}
        </button>
      )}
    </section>
  );
}
