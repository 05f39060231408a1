import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useT } from '../../i18n/I18nProvider';
import { QueryState } from '../../ui/QueryState';
import { ConsultationScreen } from './ConsultationScreen';
import { ConsultationQuery } from './consultation.queries';
import './consultation.css';

/** `/consultations/:id`: a consultation with its plan, map and remarks. */
export function ConsultationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ConsultationQuery,
    variables: { id },
  });
  if (data)
    return <ConsultationScreen key={data.consultation.id} consultation={data.consultation} />;
  // Until it loads, or when it cannot, the page still has its heading.
  return (
    <div className="consultation-waiting">
      <h1>{t('consultation.heading')}</h1>
      <QueryState
        fetching={fetching}
        error={error}
        empty
        emptyText={t('consultation.notFound')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {null}
      </QueryState>
    </div>
  );
}
