import { useId } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { stances } from '../consultation/stancePalette';
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
  const t = useT();
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
      <legend>{t('planner.filter.legend')}</legend>
      <fieldset className="planner-choice">
        <legend>{t('planner.filter.stance')}</legend>
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
        <legend>{t('planner.filter.answered')}</legend>
        {answeredOptions.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${id}-answered`}
              checked={filter.answered === option}
              onChange={() => set({ answered: option })}
            />
            {t(`planner.answered.${option}`)}
          </label>
        ))}
      </fieldset>
      <div className="planner-fields">
        <label>
          {t('planner.filter.topic')}
          <select value={filter.topicId} onChange={(e) => set({ topicId: e.target.value })}>
            <option value="">{t('planner.filter.anyTopic')}</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('planner.filter.since')}
          <input
            type="date"
            value={filter.since}
            max={filter.until || undefined}
            onChange={(e) => set({ since: e.target.value })}
          />
        </label>
        <label>
          {t('planner.filter.until')}
          <input
            type="date"
            value={filter.until}
            min={filter.since || undefined}
            onChange={(e) => set({ until: e.target.value })}
          />
        </label>
      </div>
      <button type="button" onClick={() => onChange(noFilter)}>
        {t('planner.filter.clear')}
      </button>
    </fieldset>
  );
}
