import type { VariablesOf } from '../../graphql/graphql';
import { useModerationT } from './moderation.i18n';
import type { ModerationQueueQuery } from './moderation.queries';

type Variables = VariablesOf<typeof ModerationQueueQuery>;
export type QueueView = {
  state: NonNullable<Variables['filter']>['state'] | null;
  subject: NonNullable<Variables['filter']>['subject'] | null;
  order: Variables['order'];
};

export const firstView: QueueView = { state: null, subject: null, order: 'LONGEST_WAITING' };

const states = ['REPORTED', 'AUTO_HIDDEN'] as const;
const subjects = ['CONSULTATION', 'BUDGET_PROJECT'] as const;
const orders = ['LONGEST_WAITING', 'NEWEST', 'MOST_REPORTED'] as const;

/** Which waiting comments the queue shows, and in what order. */
export function QueueFilters(props: { view: QueueView; onChange: (view: QueueView) => void }) {
  const t = useModerationT();
  const { view, onChange } = props;
  return (
    <div className="moderation-filters">
      <label>
        {t('queue.state')}{' '}
        <select
          value={view.state ?? ''}
          onChange={(e) =>
            onChange({ ...view, state: (e.target.value || null) as QueueView['state'] })
          }
        >
          <option value="">{t('queue.all')}</option>
          {states.map((state) => (
            <option key={state} value={state}>
              {t(`queue.state.${state}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('queue.subject')}{' '}
        <select
          value={view.subject ?? ''}
          onChange={(e) =>
            onChange({ ...view, subject: (e.target.value || null) as QueueView['subject'] })
          }
        >
          <option value="">{t('queue.all')}</option>
          {subjects.map((subject) => (
            <option key={subject} value={subject}>
              {t(`queue.subject.${subject}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('queue.order')}{' '}
        <select
          value={view.order}
          onChange={(e) => onChange({ ...view, order: e.target.value as QueueView['order'] })}
        >
          {orders.map((order) => (
            <option key={order} value={order}>
              {t(`queue.order.${order}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
