import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { formatNumber } from '../../ui/format';
import { usePlannerT } from './planner.i18n';
import type { FeedbackGrouping } from './planner.queries';

export const cellSizes = [100, 250, 500, 1000] as const;

export type GroupingControlProps = {
  by: FeedbackGrouping;
  cellMeters: number;
  /** Plan zones are offered only when the consultation has a plan. */
  hasPlan: boolean;
  onChange: (by: FeedbackGrouping, cellMeters: number) => void;
};

/** District, plan zone or grid (with the cell size): how the map and table count comments. */
export function GroupingControl({ by, cellMeters, hasPlan, onChange }: GroupingControlProps) {
  const { lang } = useI18n();
  const t = usePlannerT();
  const id = useId();
  const groupings: FeedbackGrouping[] = hasPlan
    ? ['DISTRICT', 'PLAN_ZONE', 'GRID']
    : ['DISTRICT', 'GRID'];
  return (
    <fieldset className="planner-grouping planner-choice">
      <legend>{t('grouping.legend')}</legend>
      {groupings.map((grouping) => (
        <label key={grouping}>
          <input
            type="radio"
            name={`${id}-by`}
            checked={by === grouping}
            onChange={() => onChange(grouping, cellMeters)}
          />
          {t(`grouping.${grouping}`)}
        </label>
      ))}
      {by === 'GRID' && (
        <label className="planner-cell-size">
          {t('cell.label')}
          <select value={cellMeters} onChange={(e) => onChange(by, Number(e.target.value))}>
            {cellSizes.map((meters) => (
              <option key={meters} value={meters}>
                {t('cell.option', { meters: formatNumber(meters, lang) })}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
