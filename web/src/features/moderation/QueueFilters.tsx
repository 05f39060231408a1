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
  const all = { value: '', text: t('queue.all') };
  return (
    <div className="moderation-filters">
      <Choice
        label={t('queue.state')}
        value={view.state ?? ''}
        options={[all, ...states.map((s) => ({ value: s, text: t(`queue.state.${s}`) }))]}
        onChange={(value) => onChange({ ...view, state: (value || null) as QueueView['state'] })}
      />
      <Choice
        label={t('queue.subject')}
        value={view.subject ?? ''}
        options={[all, ...subjects.map((s) => ({ value: s, text: t(`queue.subject.${s}`) }))]}
        onChange={(value) =>
          onChange({ ...view, subject: (value || null) as QueueView['subject'] })
        }
      />
      <Choice
        label={t('queue.order')}
        value={view.order}
        options={orders.map((o) => ({ value: o, text: t(`queue.order.${o}`) }))}
        onChange={(value) => onChange({ ...view, order: value as QueueView['order'] })}
      />
    </div>
  );
}

type ChoiceProps = {
  label: string;
  value: string;
  options: { value: string; text: string }[];
  onChange: (value: string) => void;
};

function Choice({ label, value, options, onChange }: ChoiceProps) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </label>
  );
}
