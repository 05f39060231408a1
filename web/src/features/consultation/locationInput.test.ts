import { describe, expect, it } from 'vitest';
import { areaPolygon, parseCoordinates } from './locationInput';

describe('parseCoordinates', () => {
  it('reads a point, longitude first', () => {
    expect(parseCoordinates(' 21.01, 52.2 ', 'Point')).toEqual({
      geometry: { type: 'Point', coordinates: [21.01, 52.2] },
    });
  });

  it('reads a polygon from pairs on lines or after semicolons, and closes its ring', () => {
    const parsed = parseCoordinates('21.00 52.19\n21.01,52.19; 21.01, 52.20', 'Polygon');
    expect(parsed).toEqual({
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [21, 52.19],
            [21.01, 52.19],
            [21.01, 52.2],
            [21, 52.19],
          ],
        ],
      },
    });
  });

  it('keeps a ring that is already closed as it is', () => {
    const parsed = parseCoordinates('21 52; 21.1 52; 21.1 52.1; 21 52', 'Polygon');
    expect('geometry' in parsed && parsed.geometry.coordinates).toEqual([
      [
        [21, 52],
        [21.1, 52],
        [21.1, 52.1],
        [21, 52],
      ],
    ]);
  });

  it('reads a line of two or more positions', () => {
    const parsed = parseCoordinates('21 52; 21.1 52', 'LineString');
    expect('geometry' in parsed && parsed.geometry.type).toBe('LineString');
  });

  it.each([
    ['', 'Point', 'empty'],
    ['21.0', 'Point', 'number'],
    ['21.0, 52, 3', 'Point', 'number'],
    ['abc, 52', 'Point', 'number'],
    ['200, 52', 'Point', 'range'],
    ['52.2, 21.01', 'Point', 'swapped'],
    ['21 52; 21.1 52', 'Point', 'count'],
    ['21 52', 'LineString', 'count'],
    ['21 52; 21.1 52; 21 52', 'Polygon', 'count'],
  ] as const)('refuses %j as a %s: %s', (text, shape, error) => {
    expect(parseCoordinates(text, shape)).toEqual({ error });
  });
});

describe('areaPolygon', () => {
  const square = (size: number) => [
    [
      [0, 0],
      [size, 0],
      [size, size],
      [0, 0],
    ],
  ];

  it('takes a polygon as it is', () => {
    const polygon = { type: 'Polygon' as const, coordinates: square(1) };
    expect(areaPolygon(polygon)).toBe(polygon);
  });

  it('takes the largest part of a multipolygon', () => {
    const multi = { type: 'MultiPolygon' as const, coordinates: [square(1), square(3), square(2)] };
    expect(areaPolygon(multi)?.coordinates).toEqual(square(3));
  });

  it('has nothing for a point or an empty multipolygon', () => {
    expect(areaPolygon({ type: 'Point', coordinates: [0, 0] })).toBeNull();
    expect(areaPolygon({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
  });
});
