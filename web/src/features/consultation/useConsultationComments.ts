import { useCallback, useEffect, useMemo, useState } from 'react';
import { type CombinedError, useClient, useSubscription } from 'urql';
import { readFragment } from '../../graphql/graphql';
import { mergeComments } from './commentData';
import {
  type Comment,
  CommentAddedSubscription,
  CommentFields,
  CommentsPageQuery,
  RepliesQuery,
} from './consultation.queries';

type Pages = { comments: Comment[][]; total: number; error?: CombinedError; done: boolean };

const start: Pages = { comments: [], total: 0, done: false };

/**
 * Every remark of the consultation, page after page (the API gives at most 100 at a time),
 * kept up to date by the cache, plus the ones that arrive live or that this browser adds.
 * `viewerId` (the signed-in user) tells others' remarks from one's own.
 */
export function useConsultationComments(consultationId: string, viewerId: string | null) {
  const client = useClient();
  const [pages, setPages] = useState<Pages>(start);
  const [attempt, setAttempt] = useState(0);
  const [added, setAdded] = useState<Comment[]>([]);
  const [arrived, setArrived] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` starts the load again.
  useEffect(() => {
    setPages(start);
    const subscriptions: { unsubscribe: () => void }[] = [];
    const load = (after: string | null, index: number) => {
      const source = client.query(CommentsPageQuery, { consultationId, after });
      let next = false;
      subscriptions.push(
        source.subscribe((result) => {
          const connection = result.data?.comments;
          if (!connection) {
            setPages((prev) => ({ ...prev, error: result.error, done: true }));
            return;
          }
          const nodes = connection.edges.map((edge) => readFragment(CommentFields, edge.node));
          const more = connection.pageInfo.hasNextPage && connection.pageInfo.endCursor;
          setPages((prev) => {
            const comments = [...prev.comments];
            comments[index] = nodes;
            return { comments, total: connection.totalCount, done: !more, error: undefined };
          });
          if (more && !next) {
            next = true;
            load(connection.pageInfo.endCursor, index + 1);
          }
        }),
      );
    };
    load(null, 0);
    return () => {
      for (const subscription of subscriptions) subscription.unsubscribe();
    };
  }, [client, consultationId, attempt]);

  // Only remarks join the list; a reply live fetches its remark's replies again (the cache
  // then updates the list).
  const receive = useCallback((comment: Comment) => {
    if (comment.stance) setAdded((prev) => [comment, ...prev]);
  }, []);

  const [live] = useSubscription({
    query: CommentAddedSubscription,
    variables: { consultationId },
  });
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

  const comments = useMemo(
    () => mergeComments(pages.comments.flat(), added),
    [pages.comments, added],
  );
  return {
    comments,
    loading: !pages.done && pages.comments.length === 0,
    error: pages.error,
    retry: () => setAttempt((n) => n + 1),
    receive,
    /** How many remarks of others arrived live, for a screen-reader announcement. */
    arrived,
  };
}
