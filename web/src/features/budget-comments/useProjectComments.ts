import { useCallback, useEffect, useMemo, useState } from 'react';
import { useClient, useSubscription } from 'urql';
import { readFragment } from '../../graphql/graphql';
import { usePages } from '../../ui/usePages';
import { mergeComments } from '../consultation/commentData';
import { type Comment, CommentFields, RepliesQuery } from '../consultation/consultation.queries';
import {
  ProjectCommentAddedSubscription,
  ProjectCommentsQuery,
  ProjectCommentUpdatedSubscription,
} from './projectComments.queries';

/**
 * A project's comments a page at a time (`loadMore`), with those that arrive live or that
 * this browser adds on top; a reply arriving live fetches its comment's replies again (the
 * cache then updates the list). `viewerId` tells others' comments from one's own.
 */
export function useProjectComments(projectId: string, viewerId: string | null) {
  const client = useClient();
  const [added, setAdded] = useState<Comment[]>([]);
  const [arrived, setArrived] = useState(0);
  const pages = usePages({
    key: projectId,
    open: (after, fresh) =>
      client.query(
        ProjectCommentsQuery,
        { id: projectId, after, withTotal: after === null },
        fresh ? { requestPolicy: 'network-only' } : undefined,
      ),
    read: (data) => {
      const comments = data.project.comments;
      return {
        nodes: comments.edges.map((edge) => readFragment(CommentFields, edge.node)),
        totalCount: comments.totalCount ?? null,
        endCursor: comments.pageInfo.endCursor ?? null,
        hasNextPage: comments.pageInfo.hasNextPage,
      };
    },
  });
  const receive = useCallback((comment: Comment) => setAdded((prev) => [comment, ...prev]), []);

  const [live] = useSubscription({
    query: ProjectCommentAddedSubscription,
    variables: { projectId },
  });
  const [changed] = useSubscription({
    query: ProjectCommentUpdatedSubscription,
    variables: { projectId },
  });
  useEffect(() => {
    const comment = live.data?.projectCommentAdded;
    if (!comment) return;
    if (comment.parent) {
      const id = comment.parent.id;
      // The cache updates the pages; a comment added here since is held outside them.
      void client
        .query(RepliesQuery, { id }, { requestPolicy: 'network-only' })
        .toPromise()
        .then(({ data }) => {
          const replies = data?.comment.replies;
          if (!replies) return;
          setAdded((prev) => prev.map((held) => (held.id === id ? { ...held, replies } : held)));
        });
      return;
    }
    const fresh = readFragment(CommentFields, comment);
    receive(fresh);
    if (fresh.author.id !== viewerId) setArrived((count) => count + 1);
  }, [live.data, receive, client, viewerId]);
  useEffect(() => {
    const update = changed.data?.projectCommentUpdated;
    if (!update) return;
    const comment = readFragment(CommentFields, update);
    setAdded((prev) => prev.map((held) => (held.id === comment.id ? comment : held)));
  }, [changed.data]);

  const comments = useMemo(() => mergeComments(pages.items, added), [pages.items, added]);
  const loadedIds = useMemo(() => new Set(pages.items.map((comment) => comment.id)), [pages.items]);
  const newOnes = new Set(added.filter((c) => !loadedIds.has(c.id)).map((c) => c.id)).size;
  return {
    comments,
    /** The API's count with those added since; null until known. */
    total: pages.total === null ? null : pages.total + newOnes,
    loading: pages.loading,
    hasMore: pages.hasMore,
    loadMore: pages.loadMore,
    error: pages.error,
    retry: pages.reload,
    receive,
    /** How many comments of others arrived live, for a screen-reader announcement. */
    arrived,
  };
}
