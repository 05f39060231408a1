import { describe, expect, it } from 'vitest';
import { defaultSort, nextSort, sortCells } from './cellSort';
import type { FeedbackCell } from './planner.queries';

const cell = (name: string, total: number, answeredShare: number): FeedbackCell => ({
  key: name,
  name,
  total,
  answeredShare,
  geometry: { type: 'Point', coordinates: [21, 52] },
  stances: { objection: 0, proposal: 0, question: 0, support: 0 },
});
const cells = [cell('10,2', 5, 0.5), cell('9,2', 9, 0.1), cell('Ąb', 1, 1)];

describe('sortCells', () => {
  it('sorts by count, largest first', () => {
    expect(sortCells(cells, defaultSort, 'pl').map((c) => c.total)).toEqual([9, 5, 1]);
  });

  it('sorts names the way people read them (numbers, Polish letters)', () => {
    const sorted = sortCells(cells, { column: 'name', descending: false }, 'pl');
    expect(sorted.map((c) => c.name)).toEqual(['9,2', '10,2', 'Ąb']);
  });

  it('sorts by answered share ascending', () => {
    const sorted = sortCells(cells, { column: 'answeredShare', descending: false }, 'pl');
    expect(sorted.map((c) => c.answeredShare)).toEqual([0.1, 0.5, 1]);
  });

  it('does not change the list it was given', () => {
    sortCells(cells, { column: 'name', descending: false }, 'pl');
    expect(cells[0]?.name).toBe('10,2');
  });
});

describe('nextSort', () => {
  it('turns the direction of the sorting column', () => {
    expect(nextSort(defaultSort, 'total')).toEqual({ column: 'total', descending: false });
  });

  it('sorts numbers largest first and names from A', () => {
    expect(nextSort(defaultSort, 'answeredShare').descending).toBe(true);
    expect(nextSort(defaultSort, 'name').descending).toBe(false);
  });
});
