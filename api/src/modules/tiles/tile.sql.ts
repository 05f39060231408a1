import type pg from 'pg';
import { join, raw, type Sql, sql } from '../../db/sql.js';
import { type TileAddress, tileBounds, tileWidth } from './tile-address.js';
import { cellsPerSide, type TilePlan, type VersionScope } from './tile-layer.js';

/** Tile units per side, and the margin kept around the tile, as ST_AsMVTGeom's defaults. */
export const extent = 4096;
export const buffer = 256;

const z = (a: TileAddress) => sql`${a.z}::int, ${a.x}::int, ${a.y}::int`;

/**
 * The tile's envelope (with its buffer, or none) in EPSG:4326, for `geometry && …`: a Mercator
 * rectangle stays a rectangle in degrees, so the GiST index on the stored geometry answers it
 * and no stored geometry is transformed before the filter.
 */
export const envelope4326 = (a: TileAddress, margin = buffer / extent) =>
  sql`ST_Transform(ST_TileEnvelope(${z(a)}, margin => ${margin}::float8), 4326)`;

/** The tile's envelope in EPSG:3857 itself, for stored Web Mercator points. */
export const envelope3857 = (a: TileAddress) => sql`ST_TileEnvelope(${z(a)})`;

/**
 * A remark's or project's grid cell at zoom `a.z` for a point in EPSG:3857: columns from the
 * west and rows from the north, in `cellsPerSide` per tile. Cells nest exactly from one zoom
 * to the next (halving a power-of-two width is exact), so each point falls in one cell, one
 * tile, at every zoom.
 */
export function cellOf(a: TileAddress, point: Sql) {
  const width = tileWidth(a.z) / cellsPerSide;
  const { west, north } = tileBounds({ z: 0, x: 0, y: 0 });
  return {
    column: sql`floor((ST_X(${point}) - ${west}::float8) / ${width}::float8)::int`,
    row: sql`floor((${north}::float8 - ST_Y(${point})) / ${width}::float8)::int`,
    inTile: (column: Sql, row: Sql) =>
      sql`${column} BETWEEN ${a.x * cellsPerSide} AND ${a.x * cellsPerSide + cellsPerSide - 1}
          AND ${row} BETWEEN ${a.y * cellsPerSide} AND ${a.y * cellsPerSide + cellsPerSide - 1}`,
  };
}

const columns = (names: readonly string[]) =>
  join(
    names.map((n) => raw(`s."${n}"`)),
    ', ',
  );

/** The tile as PostGIS encodes it: one statement, ST_AsMVT over ST_AsMVTGeom. */
export async function selectMvt(pool: pg.Pool, a: TileAddress, plan: TilePlan) {
  const { rows } = await pool.query<{ tile: Buffer | null }>(mvtSql(a, plan));
  return rows[0]?.tile ?? Buffer.alloc(0);
}

export const mvtSql = (a: TileAddress, plan: TilePlan) =>
  sql`SELECT ST_AsMVT(t, ${plan.layer}, ${extent}, 'geom') AS tile FROM (
          SELECT ST_AsMVTGeom(s.geom, ST_TileEnvelope(${z(a)}), ${extent}, ${buffer}, true) AS geom,
                 ${columns(plan.properties)}
          FROM (${plan.source}) s) t
        WHERE t.geom IS NOT NULL`;

export type TileFeatureRow = Record<string, string | number | boolean | null> & {
  geom: string;
};

/**
 * The same rows with their geometry in tile units, for a database without ST_AsMVTGeom (the
 * embedded PostGIS has no protobuf): clipped to the tile and its buffer, scaled to `extent`
 * with y down, snapped to whole units, as GeoJSON text.
 */
export async function selectTileGeometries(pool: pg.Pool, a: TileAddress, plan: TilePlan) {
  const { rows } = await pool.query<TileFeatureRow>(tileGeometriesSql(a, plan));
  return rows;
}

export function tileGeometriesSql(a: TileAddress, plan: TilePlan) {
  const b = tileBounds(a);
  const scale = extent / (b.east - b.west);
  const margin = (b.east - b.west) * (buffer / extent);
  const inUnits = sql`ST_RemoveRepeatedPoints(ST_SnapToGrid(ST_Affine(
      ST_ClipByBox2D(s.geom, ST_Expand(ST_TileEnvelope(${z(a)}), ${margin}::float8)),
      ${scale}::float8, 0, 0, ${-scale}::float8, ${-b.west * scale}::float8, ${b.north * scale}::float8), 1))`;
  return sql`SELECT ST_AsGeoJSON(t.g, 0) AS geom, ${raw(plan.properties.map((n) => `t."${n}"`).join(', '))}
        FROM (SELECT ${inUnits} AS g, ${columns(plan.properties)} FROM (${plan.source}) s) t
        WHERE t.g IS NOT NULL AND NOT ST_IsEmpty(t.g)`;
}

/** The layer's current version in the scope; null when nothing was ever written there. */
export async function selectLayerVersion(pool: pg.Pool, scope: VersionScope) {
  const { rows } = await pool.query<{ version: string }>(
    sql`SELECT version FROM tile_layer_version
        WHERE layer = ${scope.layer} AND scope_id = ${scope.scopeId}::uuid`,
  );
  return rows[0]?.version ?? null;
}
