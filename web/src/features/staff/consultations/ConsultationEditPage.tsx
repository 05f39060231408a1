import type { Geometry } from 'geojson';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../../ui/QueryState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { CoordinatorsSection } from '../coordinators/CoordinatorsSection';
import { DocumentsSection } from '../documents/DocumentsSection';
import { MeetingsSection } from '../meetings/MeetingsSection';
import { useStaffT } from '../staff.i18n';
import { ConsultationForm } from './ConsultationForm';
import { formOf } from './consultationForm';
import {
  type StaffConsultation,
  StaffConsultationQuery,
  UpdateConsultationMutation,
} from './consultations.queries';
import { StatusSteps } from './StatusSteps';

function Details({ consultation }: { consultation: StaffConsultation }) {
  const t = useStaffT();
  const [, update] = useMutation(UpdateConsultationMutation);
  const finished = consultation.status === 'CLOSED' || consultation.status === 'REPORTED';
  return (
    <section className="staff-section" aria-labelledby="staff-details">
      <h2 id="staff-details">{t('edit.details')}</h2>
      {finished ? (
        <p>{t('edit.finished')}</p>
      ) : (
        <ConsultationForm
          // A new form when another consultation is opened in the same page.
          key={consultation.id}
          initial={formOf(consultation)}
          units={null}
          unitName={consultation.unit.name}
          savedArea={consultation.area as Geometry}
          submitLabel={t('edit.submit')}
          onSubmit={async (_unitId, input) => (await update({ id: consultation.id, input })).error}
        />
      )}
    </section>
  );
}

/** /staff/consultations/:id — a consultation's steps, details, documents and meetings. */
export function ConsultationEditPage() {
  const t = useStaffT();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: StaffConsultationQuery,
    variables: { id },
  });
  const consultation = data?.consultation;
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useDocumentTitle(
    consultation ? t('edit.title', { title: consultation.title }) : t('edit.loading'),
  );
  return (
    <div className="staff-content">
      <p>
        <Link to="/staff/consultations">{t('edit.backToList')}</Link>
      </p>
      {!consultation ? (
        <>
          <h1>{t('edit.loading')}</h1>
          <QueryState fetching={fetching} error={error} onRetry={refetch}>
            {null}
          </QueryState>
        </>
      ) : (
        <>
          <h1>{consultation.title}</h1>
          <p className="staff-links">
            <Link to={`/consultations/${consultation.id}`}>{t('edit.publicPage')}</Link>
            {' · '}
            <Link to={`/consultations/${consultation.id}/feedback`}>{t('edit.plannerView')}</Link>
          </p>
          <StatusSteps consultation={consultation} />
          <Details consultation={consultation} />
          <DocumentsSection consultation={consultation} onChanged={refetch} />
          <MeetingsSection consultation={consultation} onChanged={refetch} />
          <CoordinatorsSection consultation={consultation} />
        </>
      )}
    </div>
  );
}
