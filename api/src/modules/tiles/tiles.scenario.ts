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
