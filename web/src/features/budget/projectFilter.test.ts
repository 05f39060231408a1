import { describe, expect, it } from 'vitest';
import { projectStatuses } from './budgetStatus';
import {
  categoriesOf,
  listFilter,
  noFilter,
  statusesOf,
  tileParams,
  toggled,
} from './projectFilter';

const park = {
  id: 'a',
  poolId: 'mokotow',
  status: 'ACCEPTED',
  categories: ['zieleń', 'sport'],
} as const;
const bench = { id: 'b', poolId: 'mokotow', status: 'REJECTED', categories: ['edukacja'] } as const;
const library = {
  id: 'c',
  poolId: 'city',
  status: 'ACCEPTED',
  categories: ['Ścieżki', 'edukacja'],
} as const;
const all = [park, bench, library];

describe('listFilter and tileParams', () => {
  it('ask for the whole edition with no filter', () => {
    expect(listFilter('e1', noFilter)).toEqual({ editionId: 'e1' });
    expect(tileParams('e1', noFilter)).toEqual({
      edition: 'e1',
      pool: null,
      category: null,
      status: [],
    });
  });

  it('name the pool, the category and the statuses alike for the list and the tiles', () => {
    const filter = {
      poolId: 'p1',
      category: 'zieleń',
      statuses: ['ACCEPTED', 'SELECTED'],
    } as const;
    expect(listFilter('e1', filter)).toEqual({
      editionId: 'e1',
      poolId: 'p1',
      category: 'zieleń',
      status: ['ACCEPTED', 'SELECTED'],
    });
    expect(tileParams('e1', filter)).toEqual({
      edition: 'e1',
      pool: 'p1',
      category: 'zieleń',
      status: ['ACCEPTED', 'SELECTED'],
    });
  });
});

describe('categoriesOf and statusesOf', () => {
  it('lists categories once, sorted the Polish way', () => {
    expect(categoriesOf(all)).toEqual(['edukacja', 'sport', 'Ścieżki', 'zieleń']);
  });

  it('lists present statuses in the life order', () => {
    expect(statusesOf(all, projectStatuses)).toEqual(['ACCEPTED', 'REJECTED']);
    expect(statusesOf([], projectStatuses)).toEqual([]);
  });
});

describe('toggled', () => {
  it('adds a missing value and removes a present one', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
  });
});
