import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatNumber } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { CommentItem } from './CommentItem';
import { usePlannerT } from './planner.i18n';
import {
  type CommentFilter,
  PlannerCommentsQuery,
  RespondToCommentMutation,
  RespondToCommentsMutation,
  type ResponseDecision,
} from './planner.queries';
import { ResponseForm } from './ResponseForm';
import { allSelected, keepShown, toggle, toggleAll } from './selection';

export type CommentQueueProps = {
  consultationId: string;
  filter: CommentFilter;
  /** After a response is saved: the map's counts and shares change too. */
  onAnswered: () => void;
};

const pageSize = 100;

/** The filtered comments, answered one by one or several at once with one response. */
export function CommentQueue({ consultationId, filter, onAnswered }: CommentQueueProps) {
  const { lang } = useI18n();
  const t = usePlannerT();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState('');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PlannerCommentsQuery,
    variables: { consultationId, filter, first: pageSize },
    requestPolicy: 'cache-and-network',
  });
  const [, respondOne] = useMutation(RespondToCommentMutation);
  const [, respondMany] = useMutation(RespondToCommentsMutation);
  const comments = data?.comments.edges.map((edge) => edge.node) ?? [];
  const shownIds = comments.map((c) => c.id);
  const shownKey = shownIds.join();

  // biome-ignore lint/correctness/useExhaustiveDependencies: shownKey stands for shownIds
  useEffect(() => setSelected((current) => keepShown(current, shownIds)), [shownKey]);

  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    onAnswered();
  };
  const answerOne =
    (commentId: string) => async (decision: ResponseDecision, justification: string) => {
      const result = await respondOne({ commentId, decision, justification });
      if (result.error) return result.error;
      setNotice(t('response.saved'));
      refresh();
      return undefined;
    };
  const answerSelected = async (decision: ResponseDecision, justification: string) => {
    const commentIds = [...selected];
    const result = await respondMany({ commentIds, decision, justification });
    if (result.error) return result.error;
    setSelected(new Set());
    setNotice(t('response.savedMany', { count: commentIds.length }));
    refresh();
    return undefined;
  };

  const total = data?.comments.totalCount ?? 0;
  return (
    <section className="planner-comments" aria-labelledby="planner-comments-heading">
      <h2 id="planner-comments-heading">
        {t('comments.heading', { count: formatNumber(total, lang) })}
      </h2>
      <p className="planner-notice" role="status">
        {notice}
      </p>
      <QueryState
        fetching={fetching}
        error={error}
        empty={data ? comments.length === 0 : undefined}
        emptyText={t('comments.empty')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <div className="planner-bulk">
          <label>
            <input
              type="checkbox"
              checked={allSelected(selected, shownIds)}
              onChange={() => setSelected((current) => toggleAll(current, shownIds))}
            />
            {t('comments.selectAll')}
          </label>
          <span>{t('comments.selected', { count: selected.size })}</span>
        </div>
        {selected.size > 0 && (
          <ResponseForm
            legend={t('response.bulkHeading')}
            submitLabel={t('response.submitMany', { count: selected.size })}
            onSubmit={answerSelected}
          />
        )}
        <ul className="planner-comment-list">
          {comments.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              selected={selected.has(comment.id)}
              onToggle={() => setSelected((current) => toggle(current, comment.id))}
              onRespond={answerOne(comment.id)}
            />
          ))}
        </ul>
        {data?.comments.pageInfo.hasNextPage && (
          <p className="planner-meta">
            {t('comments.more', {
              shown: formatNumber(comments.length, lang),
              count: formatNumber(total, lang),
            })}
          </p>
        )}
      </QueryState>
    </section>
  );
}
