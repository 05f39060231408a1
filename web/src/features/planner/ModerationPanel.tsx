import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { ModerationDecision } from './ModerationDecision';
import { usePlannerT } from './planner.i18n';
import { ModerationQueueQuery, PlannerCommentsQuery } from './planner.queries';

type PanelProps = { consultationId: string; isModerator: boolean };

/** Reported comments of this consultation awaiting a moderator (moderators only). */
function ReportedComments({ consultationId }: { consultationId: string }) {
  const t = usePlannerT();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ModerationQueueQuery,
    requestPolicy: 'cache-and-network',
  });
  const items = (data?.moderationQueue.edges ?? [])
    .map((edge) => edge.node)
    .filter((item) => item.comment.consultation?.id === consultationId);
  if (items.length === 0 && !error) return null;
  return (
    <QueryState
      fetching={fetching}
      error={error}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      <ul className="planner-comment-list">
        {items.map((item) => (
          <li key={item.comment.id} className="planner-comment">
            <p className="planner-comment-body">{item.comment.body}</p>
            <p className="planner-meta">
              {t('moderation.reports', {
                count: item.reports.length,
                reasons: item.reports.map((report) => report.reason).join('; '),
              })}
            </p>
            {item.autoHidden && <p className="planner-meta">{t('moderation.autoHidden')}</p>}
            <ModerationDecision
              commentId={item.comment.id}
              visible={item.comment.status === 'VISIBLE'}
              onDone={() => reexecute({ requestPolicy: 'network-only' })}
            />
          </li>
        ))}
      </ul>
    </QueryState>
  );
}

/** The hidden comments of this consultation and why; moderators may restore them here. */
function HiddenComments({ consultationId, isModerator }: PanelProps) {
  const t = usePlannerT();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PlannerCommentsQuery,
    variables: { consultationId, filter: { status: ['HIDDEN'] }, first: 100, withTotal: false },
    requestPolicy: 'cache-and-network',
  });
  const hidden = data?.comments.edges.map((edge) => edge.node) ?? [];
  return (
    <QueryState
      fetching={fetching}
      error={error}
      empty={data ? hidden.length === 0 : undefined}
      emptyText={t('moderation.noneHidden')}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      <p>{t(isModerator ? 'moderation.hiddenHere' : 'moderation.byModerators')}</p>
      <ul className="planner-comment-list">
        {hidden.map((comment) => (
          <li key={comment.id} className="planner-comment">
            <p className="planner-comment-body">{comment.body}</p>
            <p className="planner-meta">
              {t('moderation.hiddenBecause', { reason: comment.hiddenReason ?? '' })}
            </p>
            {isModerator && (
              <ModerationDecision
                commentId={comment.id}
                visible={false}
                onDone={() => reexecute({ requestPolicy: 'network-only' })}
              />
            )}
          </li>
        ))}
      </ul>
    </QueryState>
  );
}

/** Reported and hidden comments of this consultation. */
export function ModerationPanel({ consultationId, isModerator }: PanelProps) {
  const t = usePlannerT();
  return (
    <section className="planner-section" aria-labelledby="planner-moderation-heading">
      <h2 id="planner-moderation-heading">{t('moderation.heading')}</h2>
      {isModerator && <ReportedComments consultationId={consultationId} />}
      <HiddenComments consultationId={consultationId} isModerator={isModerator} />
    </section>
  );
}
