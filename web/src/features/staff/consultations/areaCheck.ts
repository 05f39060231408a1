import type { MultiPolygon, Polygon, Position } from 'geojson';

/** The API's default vertex limit (PLAC_MAX_VERTICES); the server's own answer still decides. */
export const maxAreaVertices = 10_000;

export type AreaProblem =
  | { problem: 'tooFewVertices' }
  | { problem: 'tooManyVertices'; max: number }
  | { problem: 'selfIntersecting' }
  | { problem: 'outsideCity'; count: number };

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** The sign of the turn a→b→c: >0 left, <0 right, 0 in line. */
function turn(a: Position, b: Position, c: Position): number {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const [cx = 0, cy = 0] = c;
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

function onSegment(a: Position, b: Position, p: Position): boolean {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const [px = 0, py = 0] = p;
  return (
    Math.min(ax, bx) <= px &&
    px <= Math.max(ax, bx) &&
    Math.min(ay, by) <= py &&
    py <= Math.max(ay, by)
  );
}

/** Whether segments ab and cd share any point (touching counts). */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const [t1, t2, t3, t4] = [turn(a, b, c), turn(a, b, d), turn(c, d, a), turn(c, d, b)];
  if (t1 !== t2 && t3 !== t4) return true;
  return (
    (t1 === 0 && onSegment(a, b, c)) ||
    (t2 === 0 && onSegment(a, b, d)) ||
    (t3 === 0 && onSegment(c, d, a)) ||
    (t4 === 0 && onSegment(c, d, b))
  );
}

/** Whether a closed ring's edges cross or touch anywhere but between neighbours. */
export function ringSelfIntersects(ring: readonly Position[]): boolean {
  const n = ring.length - 1; // edges; the last position repeats the first
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const neighbours = j === i + 1 || (i === 0 && j === n - 1);
      if (neighbours) continue;
      const [a, b, c, d] = [ring[i], ring[i + 1], ring[j], ring[j + 1]];
      if (a && b && c && d && segmentsMeet(a, b, c, d)) return true;
    }
  }
  return false;
}

function insideRing(point: Position, ring: readonly Position[]): boolean {
  const [x = 0, y = 0] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies in a (multi)polygon: in an outer ring and in none of its holes. */
export function pointInArea(point: Position, area: Polygon | MultiPolygon): boolean {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  return polygons.some(
    ([outer, ...holes]) =>
      outer !== undefined && insideRing(point, outer) && !holes.some((h) => insideRing(point, h)),
  );
}

/**
 * What is wrong with a drawn area, checked as it is drawn: the vertex count, edges that cross
 * (PostGIS would refuse it as invalid) and vertices outside the city, when its boundary is known.
 */
export function checkDrawnArea(
  polygon: Polygon,
  city: Polygon | MultiPolygon | null,
  maxVertices = maxAreaVertices,
): AreaProblem | null {
  const ring = polygon.coordinates[0] ?? [];
  const first = ring[0];
  const last = ring.at(-1);
  const closed = first && last && same(first, last);
  const vertices = closed ? ring.length - 1 : ring.length;
  if (vertices > maxVertices) return { problem: 'tooManyVertices', max: maxVertices };
  if (!closed || vertices < 3) return { problem: 'tooFewVertices' };
  if (ringSelfIntersects(ring)) return { problem: 'selfIntersecting' };
  if (city) {
    const count = ring.slice(0, -1).filter((p) => !pointInArea(p, city)).length;
    if (count > 0) return { problem: 'outsideCity', count };
  }
  return null;
}
