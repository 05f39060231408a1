import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/useSession';
import { upperFirst, useTerms } from '../../terms/terms.i18n';
import { formatDate } from '../../ui/format';
import { CommentActions } from './CommentActions';
import { useConsultationT } from './consultation.i18n';
import type { Comment, Consultation } from './consultation.queries';
import { ReplyForm } from './ReplyForm';

type Props = { id: string; comment: Comment; consultation: Consultation };

/** A remark's official response, actions and replies, under its summary in the list. */
export function CommentDetail({ id, comment, consultation }: Props) {
  const { lang } = useI18n();
  const t = useConsultationT();
  const term = useTerms();
  const { user } = useSession();
  const open = consultation.status === 'OPEN';
  const replies = comment.replies.filter((reply) => reply.body !== null);
  return (
    <div id={id} className="comment-detail">
      {comment.response && (
        <section className="official-response" aria-label={t('responseLabel')}>
          <h3>{t('responseFrom', { unit: consultation.unit.name })}</h3>
          <p className="response-decision">
            {upperFirst(term(`decision.${comment.response.decision}`))} ·{' '}
            {formatDate(comment.response.updatedAt, lang)}
          </p>
          <p>{comment.response.justification}</p>
        </section>
      )}
      <CommentActions comment={comment} user={user} open={open} />
      <h3 className="replies-heading">{t('replies', { count: replies.length })}</h3>
      {replies.length > 0 && (
        <ul className="reply-list">
          {replies.map((reply) => (
            <li key={reply.id}>
              <p>{reply.body}</p>
              <p className="comment-byline">
                {reply.author.displayName} · {formatDate(reply.createdAt, lang)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {user && open && <ReplyForm commentId={comment.id} />}
    </div>
  );
}
