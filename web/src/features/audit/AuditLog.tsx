import { useState } from 'react';
import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { AuditEntryItem } from './AuditEntryItem';
import { useAuditT } from './audit.i18n';
import { type AuditFilter, AuditLogQuery } from './audit.queries';

type Props = {
  filter: AuditFilter;
  onActor: (actorId: string) => void;
  onObject: (targetType: string, targetId: string) => void;
  /** Shows everyone's actions again. */
  onAnyActor: () => void;
};

/** The filtered log, 50 entries a page, newest first, with earlier and later pages. */
export function AuditLog({ filter, onActor, onObject, onAnyActor }: Props) {
  const t = useAuditT();
  // The cursors of the pages before this one; the first page has none.
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1) ?? null;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AuditLogQuery,
    variables: { filter, after },
    requestPolicy: 'cache-and-network',
  });
  const log = data?.auditLog;
  const entries = log?.edges.map((edge) => edge.node) ?? [];
  const actor = entries.find((entry) => entry.actor?.id === filter.actorId)?.actor;
  const next = log?.pageInfo.hasNextPage ? log.pageInfo.endCursor : null;
  return (
    <section aria-labelledby="audit-entries-heading">
      <h2 id="audit-entries-heading">{t('entries.heading')}</h2>
      {filter.actorId && !filter.actorEmail && (
        <p className="audit-actor-filter">
          {t('filters.actor', { name: actor?.displayName ?? filter.actorId })}{' '}
          <button type="button" onClick={onAnyActor}>
            {t('filters.anyActor')}
          </button>
        </p>
      )}
      <QueryState
        fetching={fetching}
        error={error}
        empty={log ? entries.length === 0 : undefined}
        emptyText={t('entries.empty')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <ol className="audit-entries">
          {entries.map((entry) => (
            <li key={entry.id}>
              <AuditEntryItem entry={entry} onActor={onActor} onObject={onObject} />
            </li>
          ))}
        </ol>
      </QueryState>
      <nav className="audit-pages" aria-label={t('entries.pages')}>
        {cursors.length > 0 && (
          <button type="button" onClick={() => setCursors((list) => list.slice(0, -1))}>
            {t('entries.newer')}
          </button>
        )}
        {next && (
          <button type="button" onClick={() => setCursors((list) => [...list, next])}>
            {t('entries.older')}
          </button>
        )}
      </nav>
    </section>
  );
}
