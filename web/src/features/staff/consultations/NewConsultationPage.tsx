import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { QueryState } from '../../../ui/QueryState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useStaffT } from '../staff.i18n';
import { ConsultationForm } from './ConsultationForm';
import { emptyForm } from './consultationForm';
import { CreateConsultationMutation } from './consultations.queries';
import { useManagedUnits } from './useManagedUnits';

/** /staff/consultations/new — a draft consultation; documents and meetings come after. */
export function NewConsultationPage() {
  const t = useStaffT();
  useDocumentTitle(t('new.title'));
  const navigate = useNavigate();
  const { units, loading } = useManagedUnits();
  const [, create] = useMutation(CreateConsultationMutation);
  return (
    <div className="staff-content">
      <p>
        <Link to="/staff/consultations">{t('edit.backToList')}</Link>
      </p>
      <h1>{t('new.title')}</h1>
      <p className="account-hint">{t('new.intro')}</p>
      <QueryState
        fetching={loading}
        empty={!loading && units.length === 0}
        emptyText={t('new.noUnits')}
      >
        {units[0] && (
          <ConsultationForm
            initial={emptyForm(units[0].id)}
            units={units}
            savedArea={null}
            submitLabel={t('new.submit')}
            onSubmit={async (unitId, input) => {
              const result = await create({ unitId, input });
              const id = result.data?.createConsultation.id;
              if (id) navigate(`/staff/consultations/${id}`);
              return result.error;
            }}
          />
        )}
      </QueryState>
    </div>
  );
}
