import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { CommentSubjectLink } from '../budget-comments/CommentSubjectLink';
import { useAccountT } from './account.i18n';
import { MyCommentsQuery } from './account.queries';

/** The user's comments and replies, newest first, each linking to its consultation. */
export function MyComments() {
  const { lang } = useI18n();
  const t = useAccountT();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyCommentsQuery });
  const comments = data?.myComments ?? [];
  return (
    <section className="account-section" aria-labelledby="account-comments">
      <h2 id="account-comments">{t('comments')}</h2>
      <QueryState
        fetching={fetching}
        error={error}
        empty={data ? comments.length === 0 : undefined}
        emptyText={t('commentsEmpty')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <ul className="account-comments">
          {comments.map((comment) => (
            <li key={comment.id}>
              <CommentSubjectLink comment={comment} />
              <p className="account-muted">
                {comment.parent ? `${t('reply')} · ` : ''}
                {formatDate(comment.createdAt, lang)} · {t(`commentStatus.${comment.status}`)}
              </p>
              {comment.body && <p className="account-comment-body">{comment.body}</p>}
            </li>
          ))}
        </ul>
      </QueryState>
    </section>
  );
}
