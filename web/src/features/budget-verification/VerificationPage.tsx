import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { type TermKey, upperFirst, useTerms } from '../../terms/terms.i18n';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { PageButtons, useCursorPages } from '../moderation/PageButtons';
import { BulkActions } from './BulkActions';
import { filterInput, type QueueFilter, QueueFilters } from './QueueFilters';
import { QueueItem } from './QueueItem';
import { useVerificationT } from './verification.i18n';
import { VerificationQueueQuery } from './verification.queries';
import '../account/account.css';
import '../moderation/moderation.css';
import './verification.css';

const noFilter: QueueFilter = { status: '', poolId: '', reviewerId: '', overdue: false };

/** /staff/budget/:editionId/verification — the office's queue of projects to verify. */
export function VerificationPage() {
  const t = useVerificationT();
  const term = useTerms();
  useDocumentTitle(t('title'));
  const { editionId = '' } = useParams();
  const [filter, setFilter] = useState(noFilter);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const pages = useCursorPages();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: VerificationQueueQuery,
    variables: { editionId, filter: filterInput(filter), after: pages.after },
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const queue = data?.budgetVerificationQueue;
  const select = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  return (
    <div className="staff-content verification-page">
      <h1>{t('title')}</h1>
      <p className="verification-meta">{t('intro')}</p>
      <QueryState fetching={fetching && !data} error={error} onRetry={refresh}>
        {data && queue && (
          <>
            <p>
              <Link to={`/staff/budget/${editionId}`}>
                {t('back', { title: data.edition.title })}
              </Link>
              {' · '}
              <Link to={`/staff/budget/${editionId}/appeals`}>{t('appealsLink')}</Link>
            </p>
            <QueueFilters
              filter={filter}
              pools={data.edition.pools}
              reviewers={data.budgetReviewers}
              statusLabel={(s) => upperFirst(term(`projectStatus.${s}` as TermKey))}
              onChange={(next) => {
                setFilter(next);
                setSelected(new Set());
                pages.reset();
              }}
            />
            <BulkActions
              selected={[...selected]}
              reviewers={data.budgetReviewers}
              units={data.units}
              onDone={() => {
                setSelected(new Set());
                refresh();
              }}
            />
            <section aria-labelledby="verification-list-heading">
              <h2 id="verification-list-heading">
                {t('list.heading', { count: queue.totalCount })}
              </h2>
              {queue.edges.length === 0 && <p>{t('list.empty')}</p>}
              <ul className="verification-list">
                {queue.edges.map(({ node }) => (
                  <QueueItem
                    key={node.project.id}
                    entry={node}
                    selected={selected.has(node.project.id)}
                    onSelect={(on) => select(node.project.id, on)}
                    onDecided={refresh}
                  />
                ))}
              </ul>
              <PageButtons
                pages={pages}
                nextCursor={queue.pageInfo.hasNextPage ? queue.pageInfo.endCursor : null}
                label={t('list.pages')}
              />
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
