import { describe, expect, it } from 'vitest';
import {
  filterItems,
  type HomeFilter,
  initialFilter,
  statusesOf,
  visibleSelection,
} from './homeFilter';
import type { HomeItem } from './homeItems';

function item(kind: HomeItem['kind'], id: string, status: string, districtIds: string[]): HomeItem {
  return {
    key: `${kind}:${id}`,
    kind,
    id,
    title: id,
    status,
    href: `/${id}`,
    geometries: [],
    bounds: null,
    districtIds,
  };
}

const items = [
  item('consultation', 'park', 'OPEN', ['mokotow']),
  item('consultation', 'plan', 'ANNOUNCED', ['mokotow', 'wola']),
  item('project', 'bench', 'ACCEPTED', ['wola']),
  item('project', 'trees', 'SELECTED', ['ursynow']),
];
const keys = (filter: HomeFilter) => filterItems(items, filter).map((i) => i.id);

describe('filterItems', () => {
  it('keeps everything with no filter', () => {
    expect(keys(initialFilter)).toEqual(['park', 'plan', 'bench', 'trees']);
  });

  it('keeps the items of a district, of either kind', () => {
    expect(keys({ ...initialFilter, districtId: 'wola' })).toEqual(['plan', 'bench']);
    expect(keys({ ...initialFilter, districtId: 'bemowo' })).toEqual([]);
  });

  it('filters each kind by its own status, leaving the other kind alone', () => {
    expect(keys({ ...initialFilter, consultationStatus: 'OPEN' })).toEqual([
      'park',
      'bench',
      'trees',
    ]);
    expect(keys({ ...initialFilter, projectStatus: 'SELECTED' })).toEqual([
      'park',
      'plan',
      'trees',
    ]);
  });

  it('drops the kinds whose layer is off, with the other filters together', () => {
    const layers = { consultation: false, project: true };
    expect(keys({ ...initialFilter, layers })).toEqual(['bench', 'trees']);
    expect(keys({ ...initialFilter, layers, districtId: 'mokotow' })).toEqual([]);
  });
});

describe('statusesOf', () => {
  it("lists a kind's statuses once each, sorted", () => {
    const more = [...items, item('consultation', 'again', 'OPEN', [])];
    expect(statusesOf(more, 'consultation')).toEqual(['ANNOUNCED', 'OPEN']);
    expect(statusesOf([], 'project')).toEqual([]);
  });
});

describe('visibleSelection', () => {
  it('keeps a selection still shown and drops one filtered out', () => {
    expect(visibleSelection('project:bench', items)).toBe('project:bench');
    expect(visibleSelection('project:gone', items)).toBeNull();
    expect(visibleSelection(null, items)).toBeNull();
  });
});
