import { describe, expect, it } from 'vitest';
import { districtData } from './districtData';
import type { District } from './districts.queries';

const district = (id: string, name: string, west: number, south: number): District => ({
  id,
  name,
  slug: id,
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [west, south],
          [west + 0.1, south],
          [west + 0.1, south + 0.1],
          [west, south],
        ],
      ],
    ],
  },
});

describe('districtData', () => {
  const data = districtData([
    district('z', 'Żoliborz', 20.95, 52.26),
    district('s', 'Śródmieście', 21.0, 52.21),
    district('b', 'Bemowo', 20.88, 52.23),
    district('sr', 'Szczęśliwice', 20.96, 52.2),
  ]);

  it('sorts names the Polish way', () => {
    expect(data.list.map((d) => d.name)).toEqual([
      'Bemowo',
      'Szczęśliwice',
      'Śródmieście',
      'Żoliborz',
    ]);
  });

  it('makes one feature per district carrying its id and name', () => {
    expect(data.features.features).toHaveLength(4);
    expect(data.features.features[0]?.properties).toEqual({ id: 'b', name: 'Bemowo' });
  });

  it('knows each district box and the box around them all', () => {
    expect(data.boundsById.get('s')?.[0]).toEqual([21.0, 52.21]);
    expect(data.allBounds?.[0]).toEqual([20.88, 52.2]);
    expect(data.allBounds?.[1][0]).toBeCloseTo(21.1);
    expect(data.allBounds?.[1][1]).toBeCloseTo(52.36);
  });

  it('has no bounds for no districts', () => {
    const none = districtData([]);
    expect(none.list).toEqual([]);
    expect(none.allBounds).toBeNull();
  });
});
