import { type FormEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import type { SessionUser } from '../../session/useSession';
import { useAccountT } from './account.i18n';
import { UpdateProfileMutation } from './account.queries';
import { type AccountError, accountError } from './accountErrors';
import { FormError } from './FormError';
import { BirthYearField, DisplayNameField } from './ProfileFields';
import { useFocusInvalid } from './useFocusInvalid';

/** Changing the name shown with what one writes, and the birth year. */
export function ProfileForm({ user, onDone }: { user: SessionUser; onDone: () => void }) {
  const { lang } = useI18n();
  const t = useAccountT();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [birthYear, setBirthYear] = useState(user.birthYear?.toString() ?? '');
  const [failure, setFailure] = useState<AccountError | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(form, failure);
  const [{ fetching }, update] = useMutation(UpdateProfileMutation);
  const errorOf = (field: string) => (failure?.field === field ? failure.message : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const year = birthYear.trim() === '' ? null : Number(birthYear);
    const result = await update({ input: { displayName, birthYear: year } });
    if (result.error) {
      setFailure(accountError(result.error, lang));
      return;
    }
    onDone();
  };

  return (
    <form ref={form} className="account-form" onSubmit={submit} noValidate>
      <DisplayNameField
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        error={errorOf('displayName')}
      />
      <BirthYearField
        value={birthYear}
        onChange={(event) => setBirthYear(event.target.value)}
        error={errorOf('birthYear')}
      />
      <FormError
        message={
          failure && !['displayName', 'birthYear'].includes(failure.field ?? '')
            ? failure.message
            : null
        }
      />
      <div className="account-actions">
        <button type="submit" disabled={fetching}>
          {t('profileSave')}
        </button>
        <button type="button" onClick={onDone}>
          {t('profileCancel')}
        </button>
      </div>
    </form>
  );
}
