import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { SelectField } from '../people/SelectField';
import { plannedUnitIds } from '../staff/staffAccess';
import { useStaffViewer } from '../staff/useStaffViewer';
import { PlanImportFlow } from './PlanImportFlow';
import { usePlanImportT } from './planImport.i18n';
import { PlanConsultationsQuery } from './planImport.queries';
import '../account/account.css';
import './plan-import.css';

/**
 * /staff/plans/import?consultation=:id — a planner of the organising unit (or an admin) imports
 * a plan's zones from GeoJSON, previewed before anything is written.
 */
export function PlanImportPage() {
  const t = usePlanImportT();
  useDocumentTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const consultationId = params.get('consultation') ?? '';
  const { viewer, access } = useStaffViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PlanConsultationsQuery });
  const mine = plannedUnitIds(viewer?.roles);
  const consultations = (data?.consultations.edges ?? [])
    .map((edge) => edge.node)
    .filter((c) => access.has('ADMIN') || mine.includes(c.unit.id));
  const chosen = consultations.find((c) => c.id === consultationId);
  return (
    <div className="staff-content plan-import-page">
      <h1>{t('title')}</h1>
      <p className="plan-import-meta">{t('intro')}</p>
      <QueryState
        fetching={fetching}
        error={error}
        empty={data ? consultations.length === 0 : undefined}
        emptyText={t('consultation.none')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <SelectField
          label={t('consultation.label')}
          value={chosen?.id ?? ''}
          placeholder={t('consultation.choose')}
          options={consultations.map((c) => ({
            value: c.id,
            label: t('consultation.option', { title: c.title, unit: c.unit.name }),
          }))}
          onChange={(event) =>
            setParams(event.target.value ? { consultation: event.target.value } : {})
          }
        />
        {chosen && (
          <p className="plan-import-meta">
            {chosen.plans.length === 0
              ? t('consultation.noPlan')
              : t('consultation.plans', {
                  plans: chosen.plans.map((p) => `${p.name} (${p.version})`).join('; '),
                })}
          </p>
        )}
      </QueryState>
      {chosen && <PlanImportFlow key={chosen.id} consultationId={chosen.id} />}
    </div>
  );
}
