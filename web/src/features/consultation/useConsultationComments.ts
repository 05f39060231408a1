import { useCallback, useEffect, useMemo, useState } from 'react';
import { useClient, useSubscription } from 'urql';
import { readFragment } from '../../graphql/graphql';
import { usePages } from '../../ui/usePages';
import { mergeComments } from './commentData';
import {
  type Comment,
  CommentAddedSubscription,
  CommentFields,
  CommentsPageQuery,
  CommentUpdatedSubscription,
  RepliesQuery,
} from './consultation.queries';
import { filterKey, listFilter, matchesFilter, type RemarkFilter } from './remarkFilter';

/**
 * The consultation's remarks for the list, a page at a time as it is scrolled (`loadMore`),
 * kept up to date by the cache, plus those that arrive live or that this browser adds
 * (`live`, which the map also draws at once). `viewerId` tells others' remarks from one's own.
 */
export function useConsultationComments(
  consultationId: string,
  viewerId: string | null,
  filter: RemarkFilter,
) {
  const client = useClient();
  const [added, setAdded] = useState<Comment[]>([]);
  const [arrived, setArrived] = useState(0);
  const variables = listFilter(filter);
  const pages = usePages({
    key: `${consultationId}:${filterKey(filter)}`,
    open: (after, fresh) =>
      client.query(
        CommentsPageQuery,
        { consultationId, filter: variables, after, withTotal: after === null },
        fresh ? { requestPolicy: 'network-only' } : undefined,
      ),
    read: (data) => ({
      nodes: data.comments.edges.map((edge) => readFragment(CommentFields, edge.node)),
      totalCount: data.comments.totalCount ?? null,
      endCursor: data.comments.pageInfo.endCursor ?? null,
      hasNextPage: data.comments.pageInfo.hasNextPage,
    }),
  });

  // Only remarks join the list; a reply live fetches its remark's replies again (the cache
  // then updates the list).
  const receive = useCallback((comment: Comment) => {
    if (comment.stance) setAdded((prev) => [comment, ...prev]);
  }, []);

  const [live] = useSubscription({
    query: CommentAddedSubscription,
    variables: { consultationId },
  });
  // The cache files each changed remark under its id, so the pages holding it follow; those
  // that arrived live are held here, and follow too.
  const [changed] = useSubscription({
    query: CommentUpdatedSubscription,
    variables: { consultationId },
  });
  useEffect(() => {
    const update = changed.data?.commentUpdated;
    if (!update) return;
    const comment = readFragment(CommentFields, update);
    setAdded((prev) => prev.map((held) => (held.id === comment.id ? comment : held)));
  }, [changed.data]);
  useEffect(() => {
    const comment = live.data?.commentAdded;
    if (!comment) return;
    if (comment.parent) {
      const id = comment.parent.id;
      void client.query(RepliesQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    } else {
      const remark = readFragment(CommentFields, comment);
      receive(remark);
      if (remark.author.id !== viewerId) setArrived((count) => count + 1);
    }
  }, [live.data, receive, client, viewerId]);

  const shownAdded = useMemo(
    () => added.filter((comment) => matchesFilter(comment, filter)),
    [added, filter],
  );
  const comments = useMemo(() => mergeComments(pages.items, shownAdded), [pages.items, shownAdded]);
  const loadedIds = useMemo(() => new Set(pages.items.map((comment) => comment.id)), [pages.items]);
  const newOnes = shownAdded.filter((comment) => !loadedIds.has(comment.id)).length;
  return {
    comments,
    /** The API's count of the filtered remarks, with those added since; null until known. */
    total: pages.total === null ? null : pages.total + newOnes,
    loading: pages.loading,
    hasMore: pages.hasMore,
    loadMore: pages.loadMore,
    error: pages.error,
    retry: pages.reload,
    receive,
    /** Remarks added since the page was opened, drawn on the map over the tiles. */
    live: added,
    /** How many remarks of others arrived live, for a screen-reader announcement. */
    arrived,
  };
}
