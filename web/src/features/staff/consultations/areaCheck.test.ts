import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkDrawnArea, pointInArea, ringSelfIntersects } from './areaCheck';

const polygon = (ring: Position[]): Polygon => ({ type: 'Polygon', coordinates: [ring] });
const square: Position[] = [
  [21, 52.2],
  [21.01, 52.2],
  [21.01, 52.21],
  [21, 52.21],
  [21, 52.2],
];
const city = polygon([
  [20.8, 52.1],
  [21.3, 52.1],
  [21.3, 52.4],
  [20.8, 52.4],
  [20.8, 52.1],
]);

describe('checkDrawnArea', () => {
  it('takes a simple square inside the city', () => {
    expect(checkDrawnArea(polygon(square), city)).toBeNull();
  });

  it('refuses a bowtie, whose edges cross', () => {
    const bowtie = polygon([
      [21, 52.2],
      [21.01, 52.21],
      [21.01, 52.2],
      [21, 52.21],
      [21, 52.2],
    ]);
    expect(checkDrawnArea(bowtie, city)).toEqual({ problem: 'selfIntersecting' });
  });

  it('refuses a ring that comes back to touch itself', () => {
    const touching: Position[] = [
      [21, 52.2],
      [21.02, 52.2],
      [21.01, 52.21],
      [21.01, 52.2],
      [21, 52.21],
      [21, 52.2],
    ];
    expect(ringSelfIntersects(touching)).toBe(true);
  });

  it('counts the vertices outside the city', () => {
    const across = polygon([
      [21.2, 52.2],
      [21.5, 52.2],
      [21.5, 52.3],
      [21.2, 52.3],
      [21.2, 52.2],
    ]);
    expect(checkDrawnArea(across, city)).toEqual({ problem: 'outsideCity', count: 2 });
  });

  it('skips the city check while its boundary is not known', () => {
    const far = polygon(square.map(([x = 0, y = 0]) => [x + 10, y]));
    expect(checkDrawnArea(far, null)).toBeNull();
  });

  it('refuses more vertices than the limit, before anything costlier', () => {
    expect(checkDrawnArea(polygon(square), city, 3)).toEqual({
      problem: 'tooManyVertices',
      max: 3,
    });
  });

  it('refuses an open or degenerate ring', () => {
    expect(checkDrawnArea(polygon(square.slice(0, 4)), city)).toEqual({
      problem: 'tooFewVertices',
    });
    const [a = [], b = []] = square;
    expect(checkDrawnArea(polygon([a, b, a]), city)).toEqual({
      problem: 'tooFewVertices',
    });
  });
});

describe('pointInArea', () => {
  it('leaves out a hole', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [city.coordinates[0] ?? [], square],
    };
    expect(pointInArea([21.005, 52.205], withHole)).toBe(false);
    expect(pointInArea([21.1, 52.3], withHole)).toBe(true);
  });
});
