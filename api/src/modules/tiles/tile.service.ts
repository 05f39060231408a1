import { createHash } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { notFound } from '../../errors/domain-error.js';
import { withoutEncoding } from '../../server/compression.js';
import type { Viewer } from '../identity/viewer.js';
import { encodeTile, type TileFeature } from './mvt-encoder.js';
import { extent, selectLayerVersion, selectMvt, selectTileGeometries } from './tile.sql.js';
import { addressKey, type TileAddress } from './tile-address.js';
import type { TileCache } from './tile-cache.js';
import type { TileLayer, TilePlan } from './tile-layer.js';

/** Changes every ETag at once when the tiles' encoding or content rules change. */
const tileFormat = 'plac-tiles-1';

export type TileAnswer =
  | { status: 304; etag: string; cache: TilePlan['cache'] }
  | { status: 200; etag: string; cache: TilePlan['cache']; body: Uint8Array };

/** Map tiles: access through each layer's rules, an ETag from the layer's version, the bytes. */
export class TileService {
  constructor(
    private readonly db: Database,
    private readonly layers: Readonly<Record<string, TileLayer>>,
    private readonly cache: TileCache,
  ) {}

  async tile(
    viewer: Viewer | null,
    layerName: string,
    address: TileAddress,
    params: URLSearchParams,
    ifNoneMatch: string | undefined,
  ): Promise<TileAnswer> {
    const plan = await this.plan(viewer, layerName, address, params);
    const version = await selectLayerVersion(this.db.pool, plan.scope);
    const etag = `"${createHash('sha256')
      .update([tileFormat, plan.layer, version ?? 'never', plan.key, addressKey(address)].join('|'))
      .digest('base64url')
      .slice(0, 32)}"`;
    if (matches(ifNoneMatch, etag)) return { status: 304, etag, cache: plan.cache };
    const body =
      plan.cache === 'public'
        ? await this.cache.get(etag, () => this.render(address, plan))
        : await this.render(address, plan);
    return { status: 200, etag, cache: plan.cache, body };
  }

  /** What the tile will hold, once the layer's rules let the viewer see it. */
  plan(viewer: Viewer | null, layerName: string, address: TileAddress, params: URLSearchParams) {
    const layer = Object.hasOwn(this.layers, layerName) ? this.layers[layerName] : undefined;
    if (!layer) throw notFound(`No tile layer is called "${layerName.slice(0, 40)}".`, 'layer');
    return layer(viewer, address, params);
  }

  /** PostGIS encodes on the server; the embedded PostGIS has no protobuf, so JS does. */
  render(address: TileAddress, plan: TilePlan): Promise<Uint8Array> {
    return this.db.mode === 'server'
      ? selectMvt(this.db.pool, address, plan)
      : this.renderInJs(address, plan);
  }

  /** The tile from the same rows, clipped and scaled in SQL, encoded in JS. */
  async renderInJs(address: TileAddress, plan: TilePlan) {
    const rows = await selectTileGeometries(this.db.pool, address, plan);
    const features: TileFeature[] = rows.map(({ geom, ...properties }) => ({
      geometry: JSON.parse(geom),
      properties,
    }));
    return encodeTile(plan.layer, features, extent);
  }
}

/**
 * If-None-Match holds the tag (compared weakly, as RFC 9110 asks for GET; the compressed
 * body's own tag counts as the tile's), or `*`.
 */
function matches(header: string | undefined, etag: string) {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => withoutEncoding(tag.trim().replace(/^W\//, '')))
    .some((tag) => tag === etag || tag === '*');
}
