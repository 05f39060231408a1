import { useId } from 'react';
import { stances } from '../consultation/stancePalette';
import { usePlannerT } from './planner.i18n';
import type { PlannerConsultation } from './planner.queries';
import type { Answered, PlannerFilter } from './plannerFilter';
import { noFilter } from './plannerFilter';
import { StanceLabel } from './StanceLabel';

export type FilterFormProps = {
  filter: PlannerFilter;
  topics: PlannerConsultation['topics'];
  onChange: (filter: PlannerFilter) => void;
};

const answeredOptions: Answered[] = ['all', 'answered', 'unanswered'];

/** Stance, topic, dates and answered: applied at once to the map, the table and the list. */
export function FilterForm({ filter, topics, onChange }: FilterFormProps) {
  const t = usePlannerT();
  const id = useId();
  const set = (patch: Partial<PlannerFilter>) => onChange({ ...filter, ...patch });
  const toggleStance = (stance: PlannerFilter['stances'][number]) =>
    set({
      stances: filter.stances.includes(stance)
        ? filter.stances.filter((s) => s !== stance)
        : [...filter.stances, stance],
    });
  return (
    <fieldset className="planner-filters">
      <legend>{t('filter.legend')}</legend>
      <fieldset className="planner-choice">
        <legend>{t('filter.stance')}</legend>
        {stances.map((stance) => (
          <label key={stance}>
            <input
              type="checkbox"
              checked={filter.stances.includes(stance)}
              onChange={() => toggleStance(stance)}
            />
            <StanceLabel stance={stance} />
          </label>
        ))}
      </fieldset>
      <fieldset className="planner-choice">
        <legend>{t('filter.answered')}</legend>
        {answeredOptions.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${id}-answered`}
              checked={filter.answered === option}
              onChange={() => set({ answered: option })}
            />
            {t(`answered.${option}`)}
          </label>
        ))}
      </fieldset>
      <div className="planner-fields">
        <label>
          {t('filter.topic')}
          <select value={filter.topicId} onChange={(e) => set({ topicId: e.target.value })}>
            <option value="">{t('filter.anyTopic')}</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.since')}
          <input
            type="date"
            value={filter.since}
            max={filter.until || undefined}
            onChange={(e) => set({ since: e.target.value })}
          />
        </label>
        <label>
          {t('filter.until')}
          <input
            type="date"
            value={filter.until}
            min={filter.since || undefined}
            onChange={(e) => set({ until: e.target.value })}
          />
        </label>
      </div>
      <button type="button" onClick={() => onChange(noFilter)}>
        {t('filter.clear')}
      </button>
    </fieldset>
  );
}
