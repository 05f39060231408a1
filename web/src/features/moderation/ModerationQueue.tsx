import { useState } from 'react';
import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { useModerationT } from './moderation.i18n';
import { ModerationQueueQuery } from './moderation.queries';
import { PageButtons, useCursorPages } from './PageButtons';
import { firstView, QueueFilters, type QueueView } from './QueueFilters';
import { QueueItem } from './QueueItem';

/** The remarks waiting for a moderator, longest waiting first unless asked otherwise. */
export function ModerationQueue() {
  const t = useModerationT();
  const pages = useCursorPages();
  const [view, setView] = useState<QueueView>(firstView);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ModerationQueueQuery,
    variables: {
      after: pages.after,
      filter: { state: view.state, subject: view.subject },
      order: view.order,
    },
    requestPolicy: 'cache-and-network',
  });
  const changeView = (next: QueueView) => {
    pages.reset();
    setView(next);
  };
  const queue = data?.moderationQueue;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <section className="moderation-section" aria-labelledby="moderation-queue-heading">
      <h2 id="moderation-queue-heading">{t('queue.heading')}</h2>
      <QueueFilters view={view} onChange={changeView} />
      <QueryState
        fetching={fetching}
        error={error}
        empty={queue ? queue.edges.length === 0 : undefined}
        emptyText={t('queue.empty')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <p className="moderation-meta" role="status">
          {t('queue.count', { count: queue?.totalCount ?? 0 })}
        </p>
        <ul className="moderation-list">
          {queue?.edges.map(({ node }) => (
            <li key={node.comment.id}>
              <QueueItem item={node} onDone={refresh} />
            </li>
          ))}
        </ul>
        <PageButtons
          pages={pages}
          nextCursor={queue?.pageInfo.hasNextPage ? queue.pageInfo.endCursor : null}
          label={t('queue.pages')}
        />
      </QueryState>
    </section>
  );
}
