import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import type { SessionUser } from '../../session/useSession';
import { SupportMutation, UnsupportMutation, WithdrawMutation } from './comment.mutations';
import type { Comment } from './consultation.queries';
import { EditForm } from './EditForm';
import { mutationError } from './mutationError';
import { ReportForm } from './ReportForm';

type Props = { comment: Comment; user: SessionUser | null; open: boolean };

/** Support (a toggle with the count), report, and editing or withdrawing one's own remark. */
export function CommentActions({ comment, user, open }: Props) {
  const { t } = useI18n();
  const [support, supportComment] = useMutation(SupportMutation);
  const [unsupport, unsupportComment] = useMutation(UnsupportMutation);
  const [withdrawal, withdraw] = useMutation(WithdrawMutation);
  const [reporting, setReporting] = useState(false);
  const [editing, setEditing] = useState(false);
  const own = user?.id === comment.author.id;
  const error = support.error ?? unsupport.error ?? withdrawal.error;
  const toggleSupport = () =>
    comment.supportedByMe
      ? unsupportComment({ id: comment.id })
      : supportComment({ id: comment.id });

  return (
    <div className="comment-actions">
      {user && !own && open && (
        <button
          type="button"
          aria-pressed={comment.supportedByMe}
          disabled={support.fetching || unsupport.fetching}
          onClick={toggleSupport}
        >
          {t('consultation.support')} ({comment.supportCount})
        </button>
      )}
      {user && !own && comment.status === 'VISIBLE' && (
        <button type="button" aria-expanded={reporting} onClick={() => setReporting(!reporting)}>
          {t('consultation.report')}
        </button>
      )}
      {own && open && comment.status === 'VISIBLE' && (
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t('consultation.edit')}
        </button>
      )}
      {own && open && comment.status === 'VISIBLE' && (
        <button
          type="button"
          disabled={withdrawal.fetching}
          onClick={() => withdraw({ id: comment.id })}
        >
          {t('consultation.withdraw')}
        </button>
      )}
      {error && (
        <p role="alert" className="form-error">
          {mutationError(error, t)}
        </p>
      )}
      {editing && <EditForm comment={comment} onDone={() => setEditing(false)} />}
      {reporting && <ReportForm commentId={comment.id} onDone={() => setReporting(false)} />}
    </div>
  );
}
