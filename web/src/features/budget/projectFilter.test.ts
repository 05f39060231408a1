import { describe, expect, it } from 'vitest';
import { projectStatuses } from './budgetStatus';
import { categoriesOf, filterProjects, noFilter, statusesOf, toggled } from './projectFilter';

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

describe('filterProjects', () => {
  it('keeps everything with no filter', () => {
    expect(filterProjects(all, noFilter)).toEqual(all);
  });

  it('keeps the pool’s projects', () => {
    expect(filterProjects(all, { ...noFilter, poolId: 'city' })).toEqual([library]);
  });

  it('keeps projects with any of the categories', () => {
    const ids = filterProjects(all, { ...noFilter, categories: ['sport', 'edukacja'] }).map(
      (p) => p.id,
    );
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(filterProjects(all, { ...noFilter, categories: ['sport'] })).toEqual([park]);
  });

  it('combines pool, categories and statuses', () => {
    const filter = { poolId: 'mokotow', categories: ['edukacja'], statuses: ['ACCEPTED'] } as const;
    expect(filterProjects(all, filter)).toEqual([]);
    expect(filterProjects(all, { ...filter, statuses: ['REJECTED'] })).toEqual([bench]);
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
