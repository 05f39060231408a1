import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { gridCellName } from './cellName';

const box = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});
const districts = [
  { name: 'Mokotów', geometry: box(20.95, 52.15, 21.1, 52.21) },
  { name: 'Śródmieście', geometry: box(20.95, 52.21, 21.1, 52.26) },
];

describe('gridCellName', () => {
  it('names a cell by the district holding its centre and the centre’s coordinates', () => {
    const cell = box(21.0, 52.2, 21.004, 52.2024);
    expect(gridCellName(cell, districts, 'pl')).toBe('Mokotów, 52,2012° N, 21,0020° E');
    expect(gridCellName(cell, districts, 'en')).toBe('Mokotów, 52.2012° N, 21.0020° E');
  });

  it('takes the district of the centre when the cell straddles a border', () => {
    expect(gridCellName(box(21.0, 52.208, 21.004, 52.2124), districts, 'en')).toMatch(
      /^Śródmieście, 52\.2102/,
    );
  });

  it('gives the coordinates alone outside every district or before they load', () => {
    expect(gridCellName(box(21.2, 52.3, 21.204, 52.3024), districts, 'en')).toBe(
      '52.3012° N, 21.2020° E',
    );
    expect(gridCellName(box(21.0, 52.2, 21.004, 52.2024), [], 'en')).toBe('52.2012° N, 21.0020° E');
  });
});
