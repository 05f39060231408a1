import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/useSession';
import { formatDate, formatNumber } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { useEditions } from '../budget/useEdition';
import { CommentActions } from '../consultation/CommentActions';
import type { Comment } from '../consultation/consultation.queries';
import { ReplyForm } from '../consultation/ReplyForm';
import { useBudgetCommentsT } from './budgetComments.i18n';
import { commentsOpen } from './commentsOpen';
import { ProjectCommentForm } from './ProjectCommentForm';
import { useProjectComments } from './useProjectComments';
import './budget-comments.css';

const ProjectPoolQuery = graphql(`
  query ProjectPool($id: ID!) {
    project(id: $id) {
      id
      poolId
    }
  }
`);

/** Whether the project's edition still takes comments (open until its schedule is known). */
function useCommentsOpen(projectId: string) {
  const [{ data }] = useQuery({ query: ProjectPoolQuery, variables: { id: projectId } });
  const { editions } = useEditions();
  const poolId = data?.project.poolId;
  const edition = editions.find((e) => e.pools.some((pool) => pool.id === poolId)) ?? null;
  return commentsOpen(edition, new Date());
}

/**
 * A budget project's comments, oldest first with those added since on top, and live: replies,
 * supports, reports, editing one's own; a signed-in resident adds one while the edition is
 * not archived.
 */
export function ProjectComments({ projectId }: { projectId: string }) {
  const t = useBudgetCommentsT();
  const { lang } = useI18n();
  const { pathname } = useLocation();
  const { user, loading: session } = useSession();
  const open = useCommentsOpen(projectId);
  const list = useProjectComments(projectId, user?.id ?? null);
  const headingId = useId();
  const count = list.total ?? list.comments.length;
  return (
    <section className="project-comments" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading', { count: formatNumber(count, lang) })}</h2>
      {!open ? (
        <p role="note">{t('closed')}</p>
      ) : user ? (
        <ProjectCommentForm projectId={projectId} onAdded={list.receive} />
      ) : session ? null : (
        <div className="notice">
          <p>{t('signInToComment')}</p>
          <Link to={`/sign-in?next=${encodeURIComponent(pathname)}`}>{t('signIn')}</Link>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {list.arrived > 0 ? t('arrived', { count: list.arrived }) : ''}
      </p>
      <QueryState
        fetching={list.loading}
        error={list.error}
        empty={!list.loading && list.comments.length === 0}
        emptyText={t('none')}
        onRetry={list.retry}
      >
        <ul className="project-comment-list" aria-labelledby={headingId}>
          {list.comments.map((comment) => (
            <ProjectComment key={comment.id} comment={comment} open={open} />
          ))}
        </ul>
        {list.hasMore && (
          <button type="button" onClick={list.loadMore}>
            {t('more')}
          </button>
        )}
      </QueryState>
    </section>
  );
}

function ProjectComment({ comment, open }: { comment: Comment; open: boolean }) {
  const t = useBudgetCommentsT();
  const { lang } = useI18n();
  const { user } = useSession();
  const replies = comment.replies.filter((reply) => reply.body !== null);
  return (
    <li className="project-comment" data-comment-id={comment.id}>
      <p className="project-comment-body">{comment.body}</p>
      <p className="comment-byline">
        {comment.author.displayName} · {formatDate(comment.createdAt, lang)}
        {comment.editedAt && <> ({t('edited')})</>} ·{' '}
        {t('supportCount', { count: comment.supportCount })}
      </p>
      <CommentActions comment={comment} user={user} open={open} />
      {replies.length > 0 && (
        <ul className="reply-list" aria-label={t('replies', { count: replies.length })}>
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
    </li>
  );
}
