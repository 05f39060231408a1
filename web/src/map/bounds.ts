import type { Geometry, Position } from 'geojson';

/** A bounding box as `[[west, south], [east, north]]`, longitude first as in GeoJSON. */
export type Bounds = [[number, number], [number, number]];

function collect(geometry: Geometry, out: Position[]): void {
  switch (geometry.type) {
    case 'Point':
      out.push(geometry.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      out.push(...geometry.coordinates);
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) out.push(...line);
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) out.push(...ring);
      return;
    case 'GeometryCollection':
      for (const part of geometry.geometries) collect(part, out);
      return;
  }
}

/**
 * The bounding box of a GeoJSON geometry, or `null` when it has no positions
 * (e.g. an empty `GeometryCollection`). Positions that are not finite numbers are ignored.
 * Does not handle geometries that cross the antimeridian: Warsaw is far from it.
 */
export function geometryBounds(geometry: Geometry): Bounds | null {
  const positions: Position[] = [];
  collect(geometry, positions);
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of positions) {
    if (lng === undefined || lat === undefined || !Number.isFinite(lng) || !Number.isFinite(lat)) {
      continue;
    }
    west = Math.min(west, lng);
    south = Math.min(south, lat);
    east = Math.max(east, lng);
    north = Math.max(north, lat);
  }
  return west <= east
    ? [
        [west, south],
        [east, north],
      ]
    : null;
}

/** The smallest box holding every given box, or `null` when there are none. */
export function unionBounds(boxes: ReadonlyArray<Bounds | null>): Bounds | null {
  let union: Bounds | null = null;
  for (const box of boxes) {
    if (!box) continue;
    union = union
      ? [
          [Math.min(union[0][0], box[0][0]), Math.min(union[0][1], box[0][1])],
          [Math.max(union[1][0], box[1][0]), Math.max(union[1][1], box[1][1])],
        ]
      : box;
  }
  return union;
}
