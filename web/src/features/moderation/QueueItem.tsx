import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../ui/format';
import { CommentSubjectLink } from '../budget-comments/CommentSubjectLink';
import { ModerationDecision } from './ModerationDecision';
import { useModerationT } from './moderation.i18n';
import type { ModerationItem } from './moderation.queries';

/** One reported remark: its text, where and by whom, every report with its reason, the decision. */
export function QueueItem({ item, onDone }: { item: ModerationItem; onDone: () => void }) {
  const t = useModerationT();
  const { lang } = useI18n();
  const { comment } = item;
  return (
    <article className="moderation-item" aria-labelledby={`moderation-${comment.id}`}>
      <h3 id={`moderation-${comment.id}`} className="moderation-item-title">
        {t('item.heading', { author: comment.author.displayName })}
      </h3>
      <p className="moderation-meta">
        <CommentSubjectLink comment={comment} />
        {' · '}
        {t('item.written', { at: formatDateTime(comment.createdAt, lang) })}
      </p>
      <blockquote className="moderation-body">{comment.body}</blockquote>
      <p className="moderation-meta">
        {t(`status.${comment.status}`)}
        {item.autoHidden && ` · ${t('item.autoHidden')}`}
      </p>
      <p className="moderation-meta">
        {t('item.authorHistory', {
          comments: item.authorHistory.comments,
          hidden: item.authorHistory.hiddenComments,
        })}
      </p>
      <h4 className="moderation-reports-heading">
        {t('item.reports', { count: item.reportCount })}
      </h4>
      <ul className="moderation-reports">
        {item.reports.map((report) => (
          <li key={report.id}>
            <span className="moderation-meta">{formatDateTime(report.createdAt, lang)}: </span>
            {report.reason}
          </li>
        ))}
      </ul>
      <ModerationDecision commentId={comment.id} status={comment.status} onDone={onDone} />
    </article>
  );
}
