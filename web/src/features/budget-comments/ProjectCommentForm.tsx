import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { readFragment } from '../../graphql/graphql';
import { type Comment, CommentFields } from '../consultation/consultation.queries';
import { useBudgetCommentsT } from './budgetComments.i18n';
import { AddProjectCommentMutation } from './projectComments.queries';

type Props = { projectId: string; onAdded: (comment: Comment) => void };

/** A signed-in resident's comment on the project: text only. */
export function ProjectCommentForm({ projectId, onAdded }: Props) {
  const t = useBudgetCommentsT();
  const errorText = useErrorText();
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(false);
  const [result, add] = useMutation(AddProjectCommentMutation);
  const fieldId = useId();
  return (
    <form
      className="project-comment-form"
      onSubmit={async (event) => {
        event.preventDefault();
        setSent(false);
        const outcome = await add({ projectId, body });
        const added = outcome.data?.addProjectComment;
        if (added) {
          onAdded(readFragment(CommentFields, added));
          setBody('');
          setSent(true);
        }
      }}
    >
      <label htmlFor={fieldId}>{t('bodyLabel')}</label>
      <textarea
        id={fieldId}
        value={body}
        required
        maxLength={5000}
        rows={3}
        onChange={(event) => setBody(event.target.value)}
      />
      <button type="submit" className="primary" disabled={result.fetching}>
        {t('send')}
      </button>
      {sent && <p role="status">{t('sent')}</p>}
      {result.error && (
        <p role="alert" className="form-error">
          {errorText(result.error)}
        </p>
      )}
    </form>
  );
}
