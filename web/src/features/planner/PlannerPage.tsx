import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { hasRole, isPlannerOf, useSession } from '../../session/useSession';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { PlannerView } from './PlannerView';
import { usePlannerT } from './planner.i18n';
import { type PlannerConsultation, PlannerConsultationQuery } from './planner.queries';
import './planner.css';

function Refusal({
  consultation,
  signedIn,
  moderator,
}: {
  consultation: PlannerConsultation;
  signedIn: boolean;
  moderator: boolean;
}) {
  const t = usePlannerT();
  return (
    <div className="page">
      <h1>{t('refused.title')}</h1>
      <p role="alert">{t('refused.text', { unit: consultation.unit.name })}</p>
      {!signedIn && <p>{t('refused.signIn')}</p>}
      {moderator && (
        <p>
          <Link to="/staff/moderation">{t('refused.moderation')}</Link>
        </p>
      )}
      <p>
        <Link to={`/consultations/${consultation.id}`}>{t('back')}</Link>
      </p>
    </div>
  );
}

/** /consultations/:id/feedback — the organising unit's planners read and answer feedback here. */
export function PlannerPage() {
  const t = usePlannerT();
  const { id = '' } = useParams();
  const session = useSession();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PlannerConsultationQuery,
    variables: { id },
  });
  const consultation = data?.consultation;
  useDocumentTitle(consultation ? t('title', { title: consultation.title }) : t('loadingTitle'));
  if (!consultation || session.loading) {
    return (
      <div className="page">
        <h1>{t('loadingTitle')}</h1>
        <QueryState
          fetching={fetching || session.loading}
          error={error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          {null}
        </QueryState>
      </div>
    );
  }
  const { user } = session;
  if (!isPlannerOf(user, consultation.unit.id) && !hasRole(user, 'ADMIN')) {
    return (
      <Refusal
        consultation={consultation}
        signedIn={user !== null}
        moderator={hasRole(user, 'MODERATOR')}
      />
    );
  }
  return (
    <div className="planner-page">
      <header className="planner-header">
        <h1>{t('title', { title: consultation.title })}</h1>
        <p className="planner-meta">
          {t('unit', { unit: consultation.unit.name })} ·{' '}
          <Link to={`/consultations/${consultation.id}`}>{t('back')}</Link>
        </p>
      </header>
      <PlannerView
        consultation={consultation}
        isModerator={hasRole(user, 'MODERATOR') || hasRole(user, 'ADMIN')}
      />
    </div>
  );
}
