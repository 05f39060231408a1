import { describe, expect, test } from 'vitest';
import { countVertices } from './vertex-count.js';

const ring = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];

describe('countVertices', () => {
  test.each([
    [{ type: 'Point', coordinates: [0, 0] }, 1],
    [
      {
        type: 'MultiPoint',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      2,
    ],
    [{ type: 'Polygon', coordinates: [ring, ring] }, 8],
    [{ type: 'MultiPolygon', coordinates: [[ring], [ring, ring]] }, 12],
    [
      {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [0, 0] },
          { type: 'LineString', coordinates: ring },
        ],
      },
      5,
    ],
  ])('%j has %i', (geometry, expected) => {
    expect(countVertices(geometry, 100)).toBe(expected);
  });

  test('counts a malformed or empty part as one', () => {
    expect(countVertices({ type: 'Polygon', coordinates: [[], 'x', ring] }, 100)).toBe(6);
    expect(countVertices({ type: 'Polygon' }, 100)).toBe(1);
  });

  test('stops soon after passing the limit', () => {
    const many = Array.from({ length: 1_000 }, () => ring);
    expect(countVertices({ type: 'Polygon', coordinates: many }, 10)).toBe(12);
  });
});
