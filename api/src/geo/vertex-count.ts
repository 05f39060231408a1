import { coordinateDepth, isSingleGeometryType } from './geojson.types.js';

/**
 * Counts the positions of an unchecked geometry, stopping as soon as the count passes `limit`,
 * so an oversized input costs at most about `limit` steps however large it is. An empty or
 * malformed part counts as one, which bounds the work for inputs of many empty parts too.
 */
export function countVertices(geometry: Record<string, unknown>, limit: number): number {
  if (isSingleGeometryType(geometry.type)) {
    return count(geometry.coordinates, coordinateDepth[geometry.type], limit);
  }
  if (!Array.isArray(geometry.geometries)) return 1;
  let total = 0;
  for (const member of geometry.geometries) {
    const isGeometry = typeof member === 'object' && member !== null;
    // A nested collection is rejected later, so it need not be entered here.
    total +=
      isGeometry && isSingleGeometryType(member.type) ? countVertices(member, limit - total) : 1;
    if (total > limit) break;
  }
  return Math.max(1, total);
}

function count(coordinates: unknown, depth: number, limit: number): number {
  if (depth === 0 || !Array.isArray(coordinates)) return 1;
  if (depth === 1) return Math.max(1, coordinates.length);
  let total = 0;
  for (const part of coordinates) {
    total += count(part, depth - 1, limit - total);
    if (total > limit) break;
  }
  return Math.max(1, total);
}
