import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ConsultationScreen } from './ConsultationScreen';
import { useConsultationT } from './consultation.i18n';
import { ConsultationQuery } from './consultation.queries';
import './consultation.css';

/** `/consultations/:id`: a consultation with its plan, map and remarks. */
export function ConsultationPage() {
  const t = useConsultationT();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ConsultationQuery,
    variables: { id },
  });
  // urql keeps the last answer while another id is asked for: it is not this one's.
  const consultation = data?.consultation.id === id.toLowerCase() ? data.consultation : null;
  useDocumentTitle(consultation ? t('documentTitle', { title: consultation.title }) : t('heading'));
  // Until it loads, or when it cannot, the page still has its heading.
  const waiting = (
    <>
      <h1>{t('heading')}</h1>
      <QueryState
        fetching={fetching}
        error={error}
        empty
        emptyText={t('notFound')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {null}
      </QueryState>
    </>
  );
  // The screen, with its map, starts while the consultation is asked for: starting MapLibre
  // takes longer than the answer, and the remarks' tiles need only the id.
  if (consultation || (fetching && !error)) {
    return (
      <ConsultationScreen
        key={id}
        consultationId={id}
        consultation={consultation}
        waiting={waiting}
      />
    );
  }
  return <div className="consultation-waiting">{waiting}</div>;
}
