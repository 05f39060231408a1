import { useEffect, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatNumber } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { usePages } from '../../ui/usePages';
import { VirtualList } from '../../ui/VirtualList';
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

/** The filtered comments, answered one by one or several at once with one response. */
export function CommentQueue({ consultationId, filter, onAnswered }: CommentQueueProps) {
  const { lang } = useI18n();
  const t = usePlannerT();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState('');
  const client = useClient();
  const pages = usePages({
    key: `${consultationId}:${JSON.stringify(filter)}`,
    open: (after, fresh) =>
      client.query(
        PlannerCommentsQuery,
        { consultationId, filter, first: 50, after, withTotal: after === null },
        { requestPolicy: fresh ? 'network-only' : 'cache-and-network' },
      ),
    read: (data) => ({
      nodes: data.comments.edges.map((edge) => edge.node),
      totalCount: data.comments.totalCount ?? null,
      endCursor: data.comments.pageInfo.endCursor ?? null,
      hasNextPage: data.comments.pageInfo.hasNextPage,
    }),
  });
  const [, respondOne] = useMutation(RespondToCommentMutation);
  const [, respondMany] = useMutation(RespondToCommentsMutation);
  const comments = pages.items;
  const shownIds = comments.map((c) => c.id);
  const shownKey = shownIds.join();

  // biome-ignore lint/correctness/useExhaustiveDependencies: shownKey stands for shownIds
  useEffect(() => setSelected((current) => keepShown(current, shownIds)), [shownKey]);

  const refresh = () => {
    pages.reload();
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

  const total = pages.total ?? comments.length;
  return (
    <section className="planner-comments" aria-labelledby="planner-comments-heading">
      <h2 id="planner-comments-heading">
        {t('comments.heading', { count: formatNumber(total, lang) })}
      </h2>
      <p className="planner-meta">{t('comments.timeZone')}</p>
      <p className="planner-notice" role="status">
        {notice}
      </p>
      <QueryState
        fetching={pages.loading}
        error={pages.error}
        empty={pages.loading ? undefined : comments.length === 0}
        emptyText={t('comments.empty')}
        onRetry={pages.reload}
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
        <VirtualList
          className="planner-comment-list"
          label={t('comments.list')}
          items={comments}
          total={pages.total}
          itemKey={(comment) => comment.id}
          estimateSize={180}
          onEnd={pages.hasMore ? pages.loadMore : undefined}
          renderItem={(comment, row) => (
            <CommentItem
              row={row}
              comment={comment}
              selected={selected.has(comment.id)}
              onToggle={() => setSelected((current) => toggle(current, comment.id))}
              onRespond={answerOne(comment.id)}
            />
          )}
        />
        {pages.hasMore && (
          <p className="planner-meta" role="status">
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
