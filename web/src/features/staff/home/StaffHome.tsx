import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../../ui/QueryState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useStaffT } from '../staff.i18n';
import { mayOpen } from '../staffAccess';
import { useStaffViewer } from '../useStaffViewer';
import { AwaitingCard, ByStatusCard, ModerationCard, VerificationCard } from './HomeCards';
import { StaffOverviewQuery } from './home.queries';

/** /staff — what needs me now: my units' consultations, unanswered remarks, queues. */
export function StaffHome() {
  const t = useStaffT();
  const { viewer, access } = useStaffViewer();
  useDocumentTitle(t('home.title'));
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: StaffOverviewQuery,
    requestPolicy: 'cache-and-network',
  });
  const overview = data?.staffOverview;
  const plans = mayOpen(access, ['PLANNER']);
  return (
    <div className="staff-content">
      <h1>{t('home.heading', { name: viewer?.displayName ?? '' })}</h1>
      {plans && (
        <p>
          <Link to="/staff/consultations/new" className="staff-button">
            {t('consultations.new')}
          </Link>
        </p>
      )}
      <QueryState
        fetching={fetching}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {overview && (
          <div className="staff-cards">
            {plans && <AwaitingCard overview={overview} />}
            {plans && <ByStatusCard overview={overview} />}
            {overview.moderationQueueSize !== null && (
              <ModerationCard size={overview.moderationQueueSize} />
            )}
            {mayOpen(access, ['DISTRICT_PLANNER']) && <VerificationCard />}
          </div>
        )}
      </QueryState>
    </div>
  );
}
