import { useTerms } from '../../terms/terms.i18n';
import type { BudgetProjectStatus } from './budgetStatus';
import { groupStyles, statusGroup } from './statusStyle';

/** The status in words with its map symbol and colour, so the list matches the legend. */
export function ProjectStatus({ status }: { status: BudgetProjectStatus }) {
  const term = useTerms();
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
      {term(`projectStatus.${status}`)}
    </span>
  );
}
