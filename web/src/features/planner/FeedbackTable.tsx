import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { KeyOf } from '../../i18n/namespace';
import { formatNumber, formatPercent } from '../../ui/format';
import { defaultSort, nextSort, type Sort, type SortColumn, sortCells } from './cellSort';
import { type plannerTexts, usePlannerT } from './planner.i18n';
import type { FeedbackCell } from './planner.queries';
import { StanceLabel } from './StanceLabel';

export type FeedbackTableProps = {
  cells: FeedbackCell[];
  selectedKey: string | null;
  onSelect: (key: string) => void;
};

const stanceColumns = ['objection', 'support', 'proposal', 'question'] as const;

function SortHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: SortColumn;
  label: KeyOf<typeof plannerTexts>;
  sort: Sort;
  onSort: (column: SortColumn) => void;
}) {
  const t = usePlannerT();
  const active = sort.column === column;
  const direction = sort.descending ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={active ? direction : 'none'}>
      <button type="button" className="planner-sort" onClick={() => onSort(column)}>
        {t(label)}
        <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
  );
}

/** The same counts as the map, as a table: the map's non-visual path, sortable. */
export function FeedbackTable({ cells, selectedKey, onSelect }: FeedbackTableProps) {
  const { lang } = useI18n();
  const t = usePlannerT();
  const [sort, setSort] = useState<Sort>(defaultSort);
  const onSort = (column: SortColumn) => setSort((current) => nextSort(current, column));
  if (cells.length === 0) return <p className="planner-empty">{t('table.empty')}</p>;
  return (
    <div className="planner-table-wrap">
      <table className="planner-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <SortHeader column="name" label="table.area" sort={sort} onSort={onSort} />
            <SortHeader column="total" label="table.total" sort={sort} onSort={onSort} />
            {stanceColumns.map((stance) => (
              <th key={stance} scope="col">
                <StanceLabel stance={stance.toUpperCase() as Uppercase<typeof stance>} />
              </th>
            ))}
            <SortHeader column="answeredShare" label="table.answered" sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {sortCells(cells, sort, lang).map((cell) => (
            <tr key={cell.key} className={cell.key === selectedKey ? 'planner-row-selected' : ''}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={cell.key === selectedKey}
                  onClick={() => onSelect(cell.key)}
                >
                  {cell.name}
                </button>
              </th>
              <td>{formatNumber(cell.total, lang)}</td>
              {stanceColumns.map((stance) => (
                <td key={stance}>{formatNumber(cell.stances[stance], lang)}</td>
              ))}
              <td>{formatPercent(cell.answeredShare, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
