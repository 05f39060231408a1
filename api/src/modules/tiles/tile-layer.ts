import type { Sql } from '../../db/sql.js';
import type { Viewer } from '../identity/viewer.js';
import type { TileAddress } from './tile-address.js';

/** Which layer version a tile depends on: a consultation's remarks, an edition's projects… */
export type VersionScope = {
  layer: 'comments' | 'projects' | 'zones' | 'areas' | 'consultations';
  scopeId: string;
};

/** The nil uuid: the one scope of layers that are not split by anything (areas, consultations). */
export const everywhere = '00000000-0000-0000-0000-000000000000';

/**
 * One tile of one layer, ready to build: the rows' SQL (a `geom` column in EPSG:3857 and the
 * `properties` columns), what its content depends on, and who may cache it.
 */
export type TilePlan = {
  layer: string;
  source: Sql;
  properties: readonly string[];
  scope: VersionScope;
  /** `private` when the tile holds anything the public may not see. */
  cache: 'public' | 'private';
  /** Everything besides the version and the address that decides the content: the filters. */
  key: string;
};

/** A layer: from the viewer, the tile address and the query string to the tile's plan. */
export type TileLayer = (
  viewer: Viewer | null,
  address: TileAddress,
  params: URLSearchParams,
) => Promise<TilePlan>;

/** The most features one tile holds; cells at low zooms keep real tiles far below it. */
export const maxFeaturesPerTile = 20_000;

/** Counted cells per tile side at low zooms: 8 × 8 cells of 512 tile units. */
export const cellsPerSide = 8;
