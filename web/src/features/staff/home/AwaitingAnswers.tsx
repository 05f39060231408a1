import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useStaffT } from '../staff.i18n';
import { UnansweredCountQuery } from './home.queries';

/** "3 remarks await an answer", linking to the planner view where they are answered. */
export function AwaitingAnswers({ consultationId }: { consultationId: string }) {
  const t = useStaffT();
  const [{ data }] = useQuery({ query: UnansweredCountQuery, variables: { consultationId } });
  const count = data?.comments.totalCount;
  if (count === undefined) return null;
  if (count === 0) return <span className="staff-muted"> · {t('home.allAnswered')}</span>;
  return (
    <>
      {' · '}
      <Link to={`/consultations/${consultationId}/feedback`} className="staff-attention">
        {t('home.awaiting', { count })}
      </Link>
    </>
  );
}
