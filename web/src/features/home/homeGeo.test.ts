import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { containsPoint, representativePoint } from './homeGeo';

const square = (west: number, south: number, size: number): Position[] => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];
type Position = [number, number];

const withHole: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] };

describe('containsPoint', () => {
  it('finds a point inside a polygon and not one outside it', () => {
    expect(containsPoint(withHole, [1, 1])).toBe(true);
    expect(containsPoint(withHole, [11, 1])).toBe(false);
    expect(containsPoint(withHole, [-0.5, 5])).toBe(false);
  });

  it('leaves out points in a hole', () => {
    expect(containsPoint(withHole, [5, 5])).toBe(false);
  });

  it('looks into every part of a multipolygon', () => {
    const parts = {
      type: 'MultiPolygon' as const,
      coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]],
    };
    expect(containsPoint(parts, [5.5, 5.5])).toBe(true);
    expect(containsPoint(parts, [3, 3])).toBe(false);
  });

  it('holds nothing in a point or a line', () => {
    expect(containsPoint({ type: 'Point', coordinates: [1, 1] }, [1, 1])).toBe(false);
  });
});

describe('representativePoint', () => {
  it('is the point itself, or the centre of the box', () => {
    expect(representativePoint({ type: 'Point', coordinates: [21, 52] })).toEqual([21, 52]);
    expect(representativePoint(withHole)).toEqual([5, 5]);
  });

  it('is null for an empty geometry', () => {
    expect(representativePoint({ type: 'GeometryCollection', geometries: [] })).toBeNull();
  });
});
