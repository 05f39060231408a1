import { useId } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { Pool } from './budget.queries';
import type { BudgetProjectStatus } from './budgetStatus';
import { noFilter, type ProjectFilter, toggled } from './projectFilter';

type Props = {
  pools: readonly Pool[];
  categories: readonly string[];
  statuses: readonly BudgetProjectStatus[];
  filter: ProjectFilter;
  onChange: (filter: ProjectFilter) => void;
};

/** Pool (a district or the city), categories and statuses; the list and map follow. */
export function ProjectFilters({ pools, categories, statuses, filter, onChange }: Props) {
  const t = useT();
  const poolId = useId();
  return (
    <details className="budget-filters">
      <summary>{t('budget.filter.heading')}</summary>
      <label htmlFor={poolId}>{t('budget.filter.pool')}</label>
      <select
        id={poolId}
        value={filter.poolId ?? ''}
        onChange={(event) => onChange({ ...filter, poolId: event.target.value || null })}
      >
        <option value="">{t('budget.filter.allPools')}</option>
        {pools.map((pool) => (
          <option key={pool.id} value={pool.id}>
            {pool.name} ({t(`budget.poolKind.${pool.kind}`)})
          </option>
        ))}
      </select>
      {categories.length > 0 && (
        <fieldset>
          <legend>{t('budget.filter.category')}</legend>
          {categories.map((category) => (
            <label key={category} className="budget-check">
              <input
                type="checkbox"
                checked={filter.categories.includes(category)}
                onChange={() =>
                  onChange({ ...filter, categories: toggled(filter.categories, category) })
                }
              />
              {category}
            </label>
          ))}
        </fieldset>
      )}
      {statuses.length > 0 && (
        <fieldset>
          <legend>{t('budget.filter.status')}</legend>
          {statuses.map((status) => (
            <label key={status} className="budget-check">
              <input
                type="checkbox"
                checked={filter.statuses.includes(status)}
                onChange={() => onChange({ ...filter, statuses: toggled(filter.statuses, status) })}
              />
              {t(`budget.status.${status}`)}
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" onClick={() => onChange(noFilter)}>
        {t('budget.filter.clear')}
      </button>
    </details>
  );
}
