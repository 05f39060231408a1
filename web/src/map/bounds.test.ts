import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geometryBounds, unionBounds } from './bounds';

const square = (x: number, y: number, size: number) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe('geometryBounds', () => {
  it('spans every polygon of a MultiPolygon, longitude first', () => {
    const geometry: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [square(21, 52.2, 0.1), square(20.9, 52.3, 0.05)],
    };
    const bounds = geometryBounds(geometry);
    expect(bounds?.[0]).toEqual([20.9, 52.2]);
    expect(bounds?.[1][0]).toBeCloseTo(21.1);
    expect(bounds?.[1][1]).toBeCloseTo(52.35);
  });

  it('includes holes, which lie inside the shell anyway', () => {
    const polygon = {
      type: 'Polygon' as const,
      coordinates: [...square(0, 0, 4), ...square(1, 1, 1)],
    };
    expect(geometryBounds(polygon)).toEqual([
      [0, 0],
      [4, 4],
    ]);
  });

  it('gives a point a zero-size box', () => {
    expect(geometryBounds({ type: 'Point', coordinates: [21.01, 52.23] })).toEqual([
      [21.01, 52.23],
      [21.01, 52.23],
    ]);
  });

  it('handles negative coordinates and lines', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [-10, -5],
        [10, 5],
        [0, -20],
      ],
    };
    expect(geometryBounds(line)).toEqual([
      [-10, -20],
      [10, 5],
    ]);
  });

  it('walks nested geometry collections', () => {
    const collection = {
      type: 'GeometryCollection' as const,
      geometries: [
        { type: 'Point' as const, coordinates: [1, 2] },
        {
          type: 'GeometryCollection' as const,
          geometries: [{ type: 'Point' as const, coordinates: [-3, 7] }],
        },
      ],
    };
    expect(geometryBounds(collection)).toEqual([
      [-3, 2],
      [1, 7],
    ]);
  });

  it('answers null for geometries without positions', () => {
    expect(geometryBounds({ type: 'GeometryCollection', geometries: [] })).toBeNull();
    expect(geometryBounds({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
    expect(geometryBounds({ type: 'Point', coordinates: [] })).toBeNull();
  });

  it('ignores positions that are not finite numbers', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [Number.NaN, 1],
        [2, 3],
      ],
    };
    expect(geometryBounds(line)).toEqual([
      [2, 3],
      [2, 3],
    ]);
  });
});

describe('unionBounds', () => {
  it('covers every box and skips nulls', () => {
    expect(
      unionBounds([
        [
          [0, 0],
          [1, 1],
        ],
        null,
        [
          [-1, 0.5],
          [0.5, 2],
        ],
      ]),
    ).toEqual([
      [-1, 0],
      [1, 2],
    ]);
  });

  it('answers null for nothing', () => {
    expect(unionBounds([])).toBeNull();
    expect(unionBounds([null])).toBeNull();
  });
});
