import { badInput } from '../../errors/domain-error.js';

/** The deepest zoom Plac serves tiles for. */
export const maxZoom = 22;

/** Half the width of the Web Mercator (EPSG:3857) world, in metres. */
export const mercatorHalfWorld = 20037508.342789244;

/** A tile of the Web Mercator pyramid: zoom, column from the west, row from the north. */
export type TileAddress = { z: number; x: number; y: number };

const integerOf = (value: string, field: string, max: number) => {
  if (!/^\d{1,8}$/.test(value)) throw badInput(field, 'must be a whole number');
  const n = Number(value);
  if (n > max)
    throw badInput(field, `must be at most ${max}`, 'INPUT_OUT_OF_RANGE', { min: 0, max });
  return n;
};

/** z/x/y from the path, refused naming the part out of the pyramid. */
export function parseTileAddress(z: string, x: string, y: string): TileAddress {
  const zoom = integerOf(z, 'z', maxZoom);
  const last = 2 ** zoom - 1;
  return { z: zoom, x: integerOf(x, 'x', last), y: integerOf(y, 'y', last) };
}

/** The width of a tile at zoom `z`, in EPSG:3857 metres. */
export const tileWidth = (z: number) => (2 * mercatorHalfWorld) / 2 ** z;

/** The tile's bounds in EPSG:3857. */
export function tileBounds({ z, x, y }: TileAddress) {
  const width = tileWidth(z);
  const west = -mercatorHalfWorld + x * width;
  const north = mercatorHalfWorld - y * width;
  return { west, south: north - width, east: west + width, north };
}

export const addressKey = ({ z, x, y }: TileAddress) => `${z}/${x}/${y}`;
