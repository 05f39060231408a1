import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { Field } from '../account/Field';
import { usePeopleT } from './people.i18n';
import { RevokeVerificationMutation } from './people.queries';

/** Ends a verification, saying why (3 to 500 characters). */
export function RevokeVerificationForm({ userId, onDone }: { userId: string; onDone: () => void }) {
  const t = usePeopleT();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, revoke] = useMutation(RevokeVerificationMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (!text) return setProblem(t('revoke.reasonRequired'));
    const result = await revoke({ userId, reason: text });
    setProblem(result.error ? errorText(result.error) : null);
    if (!result.error) {
      setReason('');
      onDone();
    }
  };
  return (
    <form className="people-form" onSubmit={submit} noValidate aria-label={t('revoke.heading')}>
      <h4>{t('revoke.heading')}</h4>
      <Field
        label={t('revoke.reason')}
        hint={t('revoke.reasonHint')}
        value={reason}
        maxLength={500}
        onChange={(event) => setReason(event.target.value)}
        error={problem}
      />
      <button type="submit" disabled={fetching}>
        {t('revoke.submit')}
      </button>
    </form>
  );
}
