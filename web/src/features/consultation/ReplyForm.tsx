import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { ReplyMutation } from './comment.mutations';
import { useConsultationT } from './consultation.i18n';

/** A reply to a remark; the remark's replies are fetched again once it is sent. */
export function ReplyForm({ commentId }: { commentId: string }) {
  const t = useConsultationT();
  const errorText = useErrorText();
  const [body, setBody] = useState('');
  const [result, reply] = useMutation(ReplyMutation);
  const [sent, setSent] = useState(false);
  const fieldId = useId();
  return (
    <form
      className="reply-form"
      onSubmit={async (event) => {
        event.preventDefault();
        setSent(false);
        const outcome = await reply({ commentId, body });
        if (!outcome.error) {
          setBody('');
          setSent(true);
        }
      }}
    >
      <label htmlFor={fieldId}>{t('replyLabel')}</label>
      <textarea
        id={fieldId}
        value={body}
        required
        maxLength={5000}
        rows={2}
        onChange={(event) => setBody(event.target.value)}
      />
      <button type="submit" disabled={result.fetching}>
        {t('replySend')}
      </button>
      {sent && <p role="status">{t('replySent')}</p>}
      {result.error && (
        <p role="alert" className="form-error">
          {errorText(result.error)}
        </p>
      )}
    </form>
  );
}
