import type { Geometry, Position } from 'geojson';
import { geometryBounds } from '../../map/bounds';

/**
 * A point standing for a geometry on a small map: the point itself, else the centre of its
 * bounding box (inside for the compact areas of consultations); null when it has no positions.
 */
export function representativePoint(geometry: Geometry): Position | null {
  if (geometry.type === 'Point') return geometry.coordinates;
  const bounds = geometryBounds(geometry);
  if (!bounds) return null;
  const [[west, south], [east, north]] = bounds;
  return [(west + east) / 2, (south + north) / 2];
}

/** Ray casting: whether `point` is inside the closed ring (its edge counts either way). */
function inRing(point: Position, ring: Position[]): boolean {
  const [x = Number.NaN, y = Number.NaN] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(point: Position, rings: Position[][]): boolean {
  const [outer, ...holes] = rings;
  return !!outer && inRing(point, outer) && !holes.some((hole) => inRing(point, hole));
}

/** Whether a (polygonal) geometry holds the point; other geometry types hold nothing. */
export function containsPoint(geometry: Geometry, point: Position): boolean {
  switch (geometry.type) {
    case 'Polygon':
      return inPolygon(point, geometry.coordinates);
    case 'MultiPolygon':
      return geometry.coordinates.some((polygon) => inPolygon(point, polygon));
    case 'GeometryCollection':
      return geometry.geometries.some((part) => containsPoint(part, point));
    default:
      return false;
  }
}
