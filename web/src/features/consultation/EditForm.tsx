import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { EditMutation } from './comment.mutations';
import { useConsultationT } from './consultation.i18n';
import type { Comment } from './consultation.queries';

/** Rewrites one's own remark; the API keeps the earlier version. */
export function EditForm({ comment, onDone }: { comment: Comment; onDone: () => void }) {
  const t = useConsultationT();
  const errorText = useErrorText();
  const [body, setBody] = useState(comment.body ?? '');
  const [result, edit] = useMutation(EditMutation);
  const fieldId = useId();
  return (
    <form
      className="reply-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const outcome = await edit({ id: comment.id, body });
        if (!outcome.error) onDone();
      }}
    >
      <label htmlFor={fieldId}>{t('editLabel')}</label>
      <textarea
        id={fieldId}
        value={body}
        required
        maxLength={5000}
        rows={4}
        onChange={(event) => setBody(event.target.value)}
      />
      <div className="form-buttons">
        <button type="submit" disabled={result.fetching}>
          {t('editSave')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
      {result.error && (
        <p role="alert" className="form-error">
          {errorText(result.error)}
        </p>
      )}
    </form>
  );
}
