import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { DeliveryProgress } from './DeliveryProgress';
import { DeliveryTimeline } from './DeliveryTimeline';
import { useDeliveryT } from './delivery.i18n';
import { ProjectDeliveryQuery } from './delivery.queries';
import './delivery.css';

/** On the project page: a funded project's delivery and its updates; nothing before funding. */
export function ProjectDelivery({ projectId }: { projectId: string }) {
  const t = useDeliveryT();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProjectDeliveryQuery,
    variables: { projectId },
  });
  const delivery = data?.projectDelivery;
  // Nothing while loading, nor for a project not funded: most projects have no delivery.
  if ((!data && !error) || (data && !delivery)) return null;
  return (
    <section className="delivery" aria-labelledby="delivery-heading">
      <h2 id="delivery-heading">{t('heading')}</h2>
      <QueryState
        fetching={fetching}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {delivery && (
          <>
            <DeliveryProgress delivery={delivery} />
            {delivery.manageable && (
              <p>
                <Link to={`/staff/budget/${delivery.editionId}/delivery`}>{t('staffLink')}</Link>
              </p>
            )}
            <h3>{t('timeline.heading')}</h3>
            <DeliveryTimeline updates={delivery.updates} />
          </>
        )}
      </QueryState>
    </section>
  );
}
