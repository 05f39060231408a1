import { useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { ReportMutation } from './comment.mutations';
import { useConsultationT } from './consultation.i18n';

type Props = { commentId: string; onDone: () => void; onSent: () => void };

/** Reports a remark to the moderators, with a reason; `onSent` once they have it. */
export function ReportForm({ commentId, onDone, onSent }: Props) {
  const t = useConsultationT();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const [result, report] = useMutation(ReportMutation);
  return (
    <form
      className="report-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const outcome = await report({ id: commentId, reason });
        if (!outcome.error) onSent();
      }}
    >
      <label>
        {t('reportReason')}
        <input value={reason} required onChange={(event) => setReason(event.target.value)} />
      </label>
      <button type="submit" disabled={result.fetching}>
        {t('reportSend')}
      </button>
      <button type="button" onClick={onDone}>
        {t('cancel')}
      </button>
      {result.error && (
        <p role="alert" className="form-error">
          {errorText(result.error)}
        </p>
      )}
    </form>
  );
}
