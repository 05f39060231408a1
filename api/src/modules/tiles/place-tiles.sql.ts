import { type Sql, sql } from '../../db/sql.js';
import type { AreaKind } from '../../generated/prisma/enums.js';
import { envelope4326 } from './tile.sql.js';
import type { TileAddress } from './tile-address.js';
import { maxFeaturesPerTile } from './tile-layer.js';

/** A plan's zones: id, symbol and designation code. */
export const zoneFeatures = (planId: string, a: TileAddress): Sql =>
  sql`SELECT z.id::text AS id, z.symbol, z.designation_code AS designation,
             ST_Transform(z.geometry, 3857) AS geom
      FROM plan_zone z
      WHERE z.plan_id = ${planId}::uuid AND z.geometry && ${envelope4326(a)}
      LIMIT ${maxFeaturesPerTile}`;

export const zoneProperties = ['id', 'symbol', 'designation'] as const;

export const areaFeatures = (kind: AreaKind, a: TileAddress): Sql =>
  sql`SELECT a.id::text AS id, a.name, ST_Transform(a.geometry, 3857) AS geom
      FROM area a
      WHERE a.kind = ${kind}::area_kind AND a.geometry && ${envelope4326(a)}`;

export const areaProperties = ['id', 'name'] as const;

/**
 * Consultations the viewer may see (drafts only of `draftsOfUnits`; null: all), as a marker at
 * their area's point on surface while their area would be too small to see, else the area.
 */
export function consultationFeatures(
  a: TileAddress,
  draftsOfUnits: string[] | null,
  asMarker: boolean,
): Sql {
  const drafts =
    draftsOfUnits === null
      ? sql`true`
      : sql`(c.status <> 'DRAFT' OR c.unit_id = ANY(${draftsOfUnits}::uuid[]))`;
  const shape = asMarker ? sql`ST_PointOnSurface(c.area)` : sql`c.area`;
  return sql`SELECT c.id::text AS id, c.status::text AS status, ST_Transform(${shape}, 3857) AS geom
      FROM consultation c
      WHERE ${drafts} AND c.area && ${envelope4326(a)}
      LIMIT ${maxFeaturesPerTile}`;
}

export const consultationProperties = ['id', 'status'] as const;
