import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useStaffViewer } from '../staff/useStaffViewer';
import { useBudgetSetupT } from './budgetSetup.i18n';
import { EditionSetupQuery } from './budgetSetup.queries';
import { EditionPhasesForm, EditionRulesForm } from './EditionRulesForm';
import { NewPoolForm } from './NewPoolForm';
import { PoolsSection } from './PoolsSection';
import '../account/account.css';
import '../people/people.css';
import './budget-setup.css';

/** The edition's other staff screens, in the order of its cycle. */
const steps = [
  ['verification', 'links.verification'],
  ['appeals', 'links.appeals'],
  ['locating', 'links.locating'],
  ['paper-ballots', 'links.paperBallots'],
  ['tally', 'links.tally'],
  ['delivery', 'links.delivery'],
] as const;

/** /staff/budget/:editionId — the edition's rules, schedule and pools, and its other screens. */
export function EditionSetupPage() {
  const t = useBudgetSetupT();
  const { editionId = '' } = useParams();
  const { access } = useStaffViewer();
  const admin = access.has('ADMIN');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: EditionSetupQuery,
    variables: { id: editionId },
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const edition = data?.edition;
  useDocumentTitle(edition ? `${edition.title} — ${t('title')}` : t('title'));
  return (
    <div className="staff-content">
      <p>
        <Link to="/staff/budget">{t('back')}</Link>
      </p>
      <QueryState fetching={fetching && !data} error={error} onRetry={refresh}>
        {edition && data && (
          <>
            <h1>{edition.title}</h1>
            <nav aria-labelledby="steps-heading">
              <h2 id="steps-heading">{t('links.heading')}</h2>
              <ul className="setup-links">
                {steps.map(([path, label]) => (
                  <li key={path}>
                    <Link to={`/staff/budget/${edition.id}/${path}`}>{t(label)}</Link>
                  </li>
                ))}
              </ul>
            </nav>
            <PoolsSection pools={edition.pools} editable={admin} />
            {admin && (
              <div className="setup-forms" key={edition.id}>
                <EditionRulesForm edition={edition} onSaved={refresh} />
                <EditionPhasesForm edition={edition} onSaved={refresh} />
                <NewPoolForm
                  editionId={edition.id}
                  districts={data.districts}
                  units={data.units}
                  onCreated={refresh}
                />
              </div>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}
