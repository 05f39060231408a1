import { useT } from '../../i18n/I18nProvider';
import type { BudgetProjectStatus } from './budgetStatus';
import { groupStyles, statusGroup } from './statusStyle';

/** The status in words with its map symbol and colour, so the list matches the legend. */
export function ProjectStatus({ status }: { status: BudgetProjectStatus }) {
  const t = useT();
  const style = groupStyles[statusGroup(status)];
  return (
    <span className="budget-status">
      <span
        aria-hidden="true"
        className="budget-status-mark"
        style={{ '--mark': style.color } as React.CSSProperties}
      >
        {style.symbol}
      </span>
      {t(`budget.status.${status}`)}
    </span>
  );
}
