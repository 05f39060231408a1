import { useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { FormError } from '../account/FormError';
import { TextAreaField } from '../staff/forms/fields';
import { useVerificationT } from './verification.i18n';
import { DecideAppealMutation } from './verification.queries';

type Props = { appealId: string; title: string; onDone: () => void };

/** Reinstate the project or dismiss the appeal, with the justification its authors read. */
export function AppealDecision({ appealId, title, onDone }: Props) {
  const t = useVerificationT();
  const errorText = useErrorText();
  const [justification, setJustification] = useState('');
  const [missing, setMissing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ fetching }, decide] = useMutation(DecideAppealMutation);
  const send = async (decision: 'REINSTATED' | 'DISMISSED') => {
    if (!justification.trim()) return setMissing(true);
    setMissing(false);
    const result = await decide({
      appealId,
      input: { decision, justification: justification.trim() },
    });
    setRefusal(result.error ? errorText(result.error) : null);
    if (!result.error) onDone();
  };
  return (
    <form
      className="verification-form"
      aria-label={t('appeals.form', { title })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send('REINSTATED');
      }}
    >
      <TextAreaField
        label={t('appeals.justification')}
        value={justification}
        maxLength={5000}
        rows={3}
        onChange={(event) => setJustification(event.target.value)}
        error={missing ? t('appeals.justificationRequired') : null}
      />
      <FormError message={refusal} />
      <button type="submit" disabled={fetching}>
        {t('appeals.reinstate')}
      </button>{' '}
      <button type="button" disabled={fetching} onClick={() => void send('DISMISSED')}>
        {t('appeals.dismiss')}
      </button>
    </form>
  );
}
