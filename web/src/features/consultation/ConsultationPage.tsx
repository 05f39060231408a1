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
  useDocumentTitle(data ? t('documentTitle', { title: data.consultation.title }) : t('heading'));
  if (data)
    return <ConsultationScreen key={data.consultation.id} consultation={data.consultation} />;
  // Until it loads, or when it cannot, the page still has its heading.
  return (
    <div className="consultation-waiting">
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
    </div>
  );
}
