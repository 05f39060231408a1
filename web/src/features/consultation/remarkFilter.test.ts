import { describe, expect, it } from 'vitest';
import { everyRemark, filterKey, listFilter, matchesFilter, viewBox } from './remarkFilter';
import { comment } from './testing';

describe('remark filter', () => {
  it('asks the API for nothing when every stance is shown and the view is not limited', () => {
    expect(listFilter(everyRemark)).toEqual({});
  });

  it('names the stances shown and the view as a west-south-east-north box', () => {
    const filter = {
      hidden: new Set(['QUESTION', 'SUPPORT'] as const),
      view: [
        [21, 52.1],
        [21.2, 52.3],
      ] as [[number, number], [number, number]],
    };
    expect(listFilter(filter)).toEqual({
      stance: ['OBJECTION', 'PROPOSAL'],
      bbox: [21, 52.1, 21.2, 52.3],
    });
    expect(filterKey(filter)).toBe(
      filterKey({ ...filter, hidden: new Set(['SUPPORT', 'QUESTION']) }),
    );
    expect(filterKey(filter)).not.toBe(filterKey(everyRemark));
  });

  it('widens the view outwards to a grid, so that a nudged map keeps the list', () => {
    expect(
      viewBox([
        [21.00012, 52.20019],
        [21.10001, 52.29991],
      ]),
    ).toEqual([
      [21.0001, 52.2001],
      [21.1001, 52.3],
    ]);
    const a = viewBox([
      [21.00011, 52.2],
      [21.1, 52.3],
    ]);
    const b = viewBox([
      [21.00014, 52.2],
      [21.1, 52.3],
    ]);
    expect(a).toEqual(b);
  });

  it('keeps a live remark out of a list filtered by its stance or by a view it lies outside', () => {
    const at = comment('c1', { geometry: { type: 'Point', coordinates: [21.05, 52.25] } });
    const view: [[number, number], [number, number]] = [
      [21, 52.2],
      [21.1, 52.3],
    ];
    expect(matchesFilter(at, everyRemark)).toBe(true);
    expect(matchesFilter(at, { hidden: new Set(['OBJECTION']), view: null })).toBe(false);
    expect(matchesFilter(at, { hidden: new Set(), view })).toBe(true);
    const outside = comment('c2', { geometry: { type: 'Point', coordinates: [20.9, 52.25] } });
    expect(matchesFilter(outside, { hidden: new Set(), view })).toBe(false);
    expect(matchesFilter(comment('c3', { geometry: null }), { hidden: new Set(), view })).toBe(
      false,
    );
  });
});
