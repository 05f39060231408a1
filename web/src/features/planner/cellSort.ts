import type { FeedbackCell } from './planner.queries';

export type SortColumn = 'name' | 'total' | 'answeredShare';
export type Sort = { column: SortColumn; descending: boolean };

/** Largest count first, as the API sends them. */
export const defaultSort: Sort = { column: 'total', descending: true };

/** A sorted copy; ties keep the API's order (largest count first). */
export function sortCells(
  cells: readonly FeedbackCell[],
  { column, descending }: Sort,
  locale: string,
) {
  const compare =
    column === 'name'
      ? (a: FeedbackCell, b: FeedbackCell) =>
          a.name.localeCompare(b.name, locale, { numeric: true })
      : (a: FeedbackCell, b: FeedbackCell) => a[column] - b[column];
  return [...cells].sort((a, b) => (descending ? compare(b, a) : compare(a, b)));
}

/** Clicking a column's header: sorts by it, or turns its direction when it already sorts. */
export function nextSort(current: Sort, column: SortColumn): Sort {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: column !== 'name' };
}
