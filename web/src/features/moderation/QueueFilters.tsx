import type { VariablesOf } from '../../graphql/graphql';
import { SelectField } from '../staff/forms/fields';
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

const optionsOf = <Value extends string>(
  values: readonly Value[],
  text: (value: Value) => string,
) =>
  values.map((value) => (
    <option key={value} value={value}>
      {text(value)}
    </option>
  ));

/** Which waiting comments the queue shows, and in what order. */
export function QueueFilters(props: { view: QueueView; onChange: (view: QueueView) => void }) {
  const t = useModerationT();
  const { view, onChange } = props;
  const all = <option value="">{t('queue.all')}</option>;
  return (
    <div className="moderation-filters">
      <SelectField
        label={t('queue.state')}
        value={view.state ?? ''}
        onChange={(event) =>
          onChange({ ...view, state: (event.target.value || null) as QueueView['state'] })
        }
      >
        {all}
        {optionsOf(states, (s) => t(`queue.state.${s}`))}
      </SelectField>
      <SelectField
        label={t('queue.subject')}
        value={view.subject ?? ''}
        onChange={(event) =>
          onChange({ ...view, subject: (event.target.value || null) as QueueView['subject'] })
        }
      >
        {all}
        {optionsOf(subjects, (s) => t(`queue.subject.${s}`))}
      </SelectField>
      <SelectField
        label={t('queue.order')}
        value={view.order}
        onChange={(event) => onChange({ ...view, order: event.target.value as QueueView['order'] })}
      >
        {optionsOf(orders, (o) => t(`queue.order.${o}`))}
      </SelectField>
    </div>
  );
}
