import type { Geometry, LineString, Point, Polygon, Position } from 'geojson';

/** The geometry a comment may have: the API takes a Point, a LineString or a Polygon. */
export type CommentGeometry = Point | LineString | Polygon;
export type Shape = CommentGeometry['type'];
export const shapes: readonly Shape[] = ['Point', 'LineString', 'Polygon'];

export type ParseError = 'empty' | 'number' | 'range' | 'swapped' | 'count';
export type Parsed = { geometry: CommentGeometry } | { error: ParseError };

const minPositions: Record<Shape, number> = { Point: 1, LineString: 2, Polygon: 3 };

function toPositions(text: string): Position[] | ParseError {
  // Pairs are split by semicolons or new lines; a pair's numbers by a comma or spaces.
  const pairs = text
    .split(/[;\n]+/)
    .map((pair) => pair.trim())
    .filter(Boolean);
  if (pairs.length === 0) return 'empty';
  const positions: Position[] = [];
  for (const pair of pairs) {
    const numbers = pair.split(/[\s,]+/).map(Number);
    const [lng, lat] = numbers;
    if (numbers.length !== 2 || !Number.isFinite(lng) || !Number.isFinite(lat)) return 'number';
    if (lng === undefined || lat === undefined) return 'number';
    if (Math.abs(lng) > 180 || Math.abs(lat) > 90) return 'range';
    positions.push([lng, lat]);
  }
  return positions;
}

// Around Poland latitude exceeds longitude; typing latitude first is the usual slip.
const looksSwapped = ([lng, lat]: Position) =>
  lng !== undefined && lat !== undefined && lng > 45 && lng < 56 && lat > 13 && lat < 25;

/**
 * A comment's geometry from typed "lng, lat" pairs (longitude first, as in GeoJSON), one per
 * line or separated by semicolons. A polygon's ring is closed here when it is left open.
 */
export function parseCoordinates(text: string, shape: Shape): Parsed {
  const positions = toPositions(text);
  if (typeof positions === 'string') return { error: positions };
  if (positions.some(looksSwapped)) return { error: 'swapped' };
  const first = positions[0];
  if (shape === 'Point') {
    return positions.length === 1 && first
      ? { geometry: { type: 'Point', coordinates: first } }
      : { error: 'count' };
  }
  if (shape === 'LineString') {
    return positions.length >= minPositions.LineString
      ? { geometry: { type: 'LineString', coordinates: positions } }
      : { error: 'count' };
  }
  const last = positions.at(-1);
  const closed = first && last && first[0] === last[0] && first[1] === last[1];
  const ring = closed ? positions : [...positions, ...(first ? [first] : [])];
  return ring.length >= minPositions.Polygon + 1
    ? { geometry: { type: 'Polygon', coordinates: [ring] } }
    : { error: 'count' };
}

function ringArea(ring: Position[]): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice) / 2;
}

/**
 * The polygon a comment takes from a district or a plan zone: the area itself when it is a
 * Polygon, the largest part of a MultiPolygon, or null for anything else.
 */
export function areaPolygon(geometry: Geometry): Polygon | null {
  if (geometry.type === 'Polygon') return geometry;
  if (geometry.type !== 'MultiPolygon') return null;
  let best: Position[][] | null = null;
  for (const polygon of geometry.coordinates) {
    const outer = polygon[0];
    if (outer && (!best?.[0] || ringArea(outer) > ringArea(best[0]))) best = polygon;
  }
  return best ? { type: 'Polygon', coordinates: best } : null;
}
