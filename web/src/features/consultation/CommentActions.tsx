import { useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import type { SessionUser } from '../../session/useSession';
import { SupportMutation, UnsupportMutation, WithdrawMutation } from './comment.mutations';
import { useConsultationT } from './consultation.i18n';
import type { Comment } from './consultation.queries';
import { EditForm } from './EditForm';
import { ReportForm } from './ReportForm';

type Props = { comment: Comment; user: SessionUser | null; open: boolean };

/** Support (a toggle with the count), report, and editing or withdrawing one's own remark. */
export function CommentActions({ comment, user, open }: Props) {
  const t = useConsultationT();
  const errorText = useErrorText();
  const [support, supportComment] = useMutation(SupportMutation);
  const [unsupport, unsupportComment] = useMutation(UnsupportMutation);
  const [withdrawal, withdraw] = useMutation(WithdrawMutation);
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState(false);
  const [confirming, setConfirming] = useState(false);
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
          {t('support')} ({comment.supportCount})
        </button>
      )}
      {user && !own && comment.status === 'VISIBLE' && !reported && (
        <button type="button" aria-expanded={reporting} onClick={() => setReporting(!reporting)}>
          {t('report')}
        </button>
      )}
      {own && open && comment.status === 'VISIBLE' && (
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t('edit')}
        </button>
      )}
      {own && open && comment.status === 'VISIBLE' && !confirming && (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('withdraw')}
        </button>
      )}
      {confirming && (
        <fieldset className="withdraw-confirm">
          <legend>{t('withdrawConfirm')}</legend>
          <button
            type="button"
            disabled={withdrawal.fetching}
            onClick={() => withdraw({ id: comment.id }).then(() => setConfirming(false))}
          >
            {t('withdrawYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </fieldset>
      )}
      {error && (
        <p role="alert" className="form-error">
          {errorText(error)}
        </p>
      )}
      {editing && <EditForm comment={comment} onDone={() => setEditing(false)} />}
      {reporting && (
        <ReportForm
          commentId={comment.id}
          onDone={() => setReporting(false)}
          onSent={() => {
            setReporting(false);
            setReported(true);
          }}
        />
      )}
      {reported && <p role="status">{t('reported')}</p>}
    </div>
  );
}
