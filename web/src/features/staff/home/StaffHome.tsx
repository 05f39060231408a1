import { Link } from 'react-router';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useStaffT } from '../staff.i18n';
import { mayOpen } from '../staffAccess';
import { useStaffViewer } from '../useStaffViewer';
import { ModerationCount } from './ModerationCount';
import { UnitConsultations } from './UnitConsultations';

/** /staff — what needs me now: my units' consultations, unanswered remarks, the queue. */
export function StaffHome() {
  const t = useStaffT();
  const { viewer, access } = useStaffViewer();
  useDocumentTitle(t('home.title'));
  const units = (viewer?.roles ?? []).flatMap((grant) =>
    grant.role === 'PLANNER' && grant.unit ? [grant.unit] : [],
  );
  const isAdmin = access.has('ADMIN');
  return (
    <div className="staff-content">
      <h1>{t('home.heading', { name: viewer?.displayName ?? '' })}</h1>
      {mayOpen(access, ['PLANNER']) && (
        <p>
          <Link to="/staff/consultations/new" className="staff-button">
            {t('consultations.new')}
          </Link>
        </p>
      )}
      <div className="staff-cards">
        {mayOpen(access, ['MODERATOR']) && <ModerationCount />}
        {isAdmin ? (
          <UnitConsultations unit={null} />
        ) : (
          units.map((unit) => <UnitConsultations key={unit.id} unit={unit} />)
        )}
      </div>
    </div>
  );
}
