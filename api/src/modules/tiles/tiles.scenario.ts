import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Position } from '../../geo/geojson.js';
import type { TileAddress } from './tile-address.js';

/** The tile at zoom `z` holding a longitude and latitude. */
export function tileOf([lon = 0, lat = 0]: Position, z: number): TileAddress {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { z, x, y };
}

export type DecodedFeature = {
  type: number;
  properties: Record<string, unknown>;
  geometry: { x: number; y: number }[][];
};

/** A tile's features, layer by layer, as @mapbox/vector-tile reads them. */
export function decodeTile(bytes: Uint8Array): Record<string, DecodedFeature[]> {
  const tile = new VectorTile(new PbfReader(bytes));
  return Object.fromEntries(
    Object.entries(tile.layers).map(([name, layer]) => [
      name,
      Array.from({ length: layer.length }, (_, i) => {
        const feature = layer.feature(i);
        return {
          type: feature.type,
          properties: { ...feature.properties },
          geometry: feature.loadGeometry().map((ring) => ring.map(({ x, y }) => ({ x, y }))),
        };
      }),
    ]),
  );
}

/** The URL path of a tile. */
export const tilePath = (layer: string, { z, x, y }: TileAddress, query = '') =>
  `/tiles/${layer}/${z}/${x}/${y}.mvt${query ? `?${query}` : ''}`;

/** The longitude and latitude of a point given in tile units (fractions allowed) at zoom z. */
export function lonLatAt(z: number, x: number, y: number): Position {
  const n = 2 ** z;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI;
  return [(x / n) * 360 - 180, lat];
}

type Point2 = { x: number; y: number };

const distanceToSegment = (p: Point2, a: Point2, b: Point2) => {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length)) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
};

/** How far the farthest vertex of `a` is from `b`'s points (or, for lines and rings, segments). */
function farthest(a: DecodedFeature, b: DecodedFeature) {
  const parts = b.geometry;
  const distance = (p: Point2) =>
    Math.min(
      ...parts.flatMap((part) =>
        b.type === 1 || part.length === 1
          ? part.map((q) => Math.hypot(p.x - q.x, p.y - q.y))
          : part.slice(1).map((q, i) => distanceToSegment(p, part[i] as Point2, q)),
      ),
    );
  return Math.max(0, ...a.geometry.flat().map(distance));
}

/** The same type and properties, and each geometry within `tolerance` tile units of the other. */
export const sameFeature = (a: DecodedFeature, b: DecodedFeature, tolerance = 1) =>
  a.type === b.type &&
  JSON.stringify(Object.entries(a.properties).sort()) ===
    JSON.stringify(Object.entries(b.properties).sort()) &&
  farthest(a, b) <= tolerance &&
  farthest(b, a) <= tolerance;

/** Features of `actual` with no counterpart in `expected`, and the reverse; both empty if alike. */
export function unmatched(actual: DecodedFeature[], expected: DecodedFeature[]) {
  const left = [...expected];
  const extra = actual.filter((feature) => {
    const i = left.findIndex((candidate) => sameFeature(feature, candidate));
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
  return { extra, missing: left };
}
