import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { upperFirst, useTerms } from '../../../terms/terms.i18n';
import { QueryState } from '../../../ui/QueryState';
import { useStaffT } from '../staff.i18n';
import { countsInOrder } from './byStatus';
import { type StaffOverview, VerificationWaitingQuery } from './home.queries';

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="staff-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** My units' consultations per status, each a link to the list filtered by it. */
export function ByStatusCard({ overview }: { overview: StaffOverview }) {
  const t = useStaffT();
  const terms = useTerms();
  return (
    <Card id="staff-by-status" title={t('home.byStatus')}>
      <ul className="staff-counts">
        {countsInOrder(overview.consultationsByStatus).map(({ status, count }) => (
          <li key={status}>
            <Link to={`/staff/consultations?status=${status}`}>
              {upperFirst(terms(`consultationStatus.${status}`))}: <strong>{count}</strong>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The consultations with remarks still to answer, each linking to the planner view. */
export function AwaitingCard({ overview }: { overview: StaffOverview }) {
  const t = useStaffT();
  return (
    <Card id="staff-awaiting" title={t('home.awaitingHeading')}>
      <p className="staff-big">
        {t('home.awaitingTotal', { count: overview.awaitingAnswerTotal })}
      </p>
      {overview.awaitingAnswer.length > 0 && (
        <ul>
          {overview.awaitingAnswer.map((item) => (
            <li key={item.consultationId}>
              <Link to={`/consultations/${item.consultationId}/feedback`}>
                {item.consultation.title}
              </Link>
              {': '}
              {t('home.awaiting', { count: item.unanswered })}
              {item.unansweredHidden > 0 && (
                <span className="staff-muted">
                  {' '}
                  {t('home.awaitingHidden', { count: item.unansweredHidden })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function ModerationCard({ size }: { size: number }) {
  const t = useStaffT();
  return (
    <Card id="staff-moderation" title={t('home.moderation')}>
      <p className="staff-big">{t('home.moderationCount', { count: size })}</p>
      <p>
        <Link to="/staff/moderation">{t('home.toModeration')}</Link>
      </p>
    </Card>
  );
}

/** Residents waiting to be verified at my offices. */
export function VerificationCard() {
  const t = useStaffT();
  const [{ data, fetching, error }] = useQuery({ query: VerificationWaitingQuery });
  return (
    <Card id="staff-verification" title={t('home.verification')}>
      <QueryState fetching={fetching} error={error}>
        <p className="staff-big">
          {t('home.verificationCount', { count: data?.verificationRequests.totalCount ?? 0 })}
        </p>
      </QueryState>
    </Card>
  );
}
