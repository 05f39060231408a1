import { useId } from 'react';
import { usePabulibTerm } from '../../terms/pabulibTerms';
import { useTerms } from '../../terms/terms.i18n';
import { useBudgetT } from './budget.i18n';
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

/** Pool (a district or the city), a category and statuses; the list and map follow. */
export function ProjectFilters({ pools, categories, statuses, filter, onChange }: Props) {
  const t = useBudgetT();
  const pabulib = usePabulibTerm();
  const term = useTerms();
  const poolId = useId();
  const categoryId = useId();
  return (
    <details className="budget-filters">
      <summary>{t('filter.heading')}</summary>
      <label htmlFor={poolId}>{t('filter.pool')}</label>
      <select
        id={poolId}
        value={filter.poolId ?? ''}
        onChange={(event) => onChange({ ...filter, poolId: event.target.value || null })}
      >
        <option value="">{t('filter.allPools')}</option>
        {pools.map((pool) => (
          <option key={pool.id} value={pool.id}>
            {pool.name} ({t(`poolKind.${pool.kind}`)})
          </option>
        ))}
      </select>
      {categories.length > 0 && (
        <>
          <label htmlFor={categoryId}>{t('filter.category')}</label>
          <select
            id={categoryId}
            value={filter.category ?? ''}
            onChange={(event) => onChange({ ...filter, category: event.target.value || null })}
          >
            <option value="">{t('filter.allCategories')}</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {pabulib('category', category)}
              </option>
            ))}
          </select>
        </>
      )}
      {statuses.length > 0 && (
        <fieldset>
          <legend>{t('filter.status')}</legend>
          {statuses.map((status) => (
            <label key={status} className="budget-check">
              <input
                type="checkbox"
                checked={filter.statuses.includes(status)}
                onChange={() => onChange({ ...filter, statuses: toggled(filter.statuses, status) })}
              />
              {term(`projectStatus.${status}`)}
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" onClick={() => onChange(noFilter)}>
        {t('filter.clear')}
      </button>
    </details>
  );
}
