import type pg from 'pg';
import { type Sql, sql } from '../../db/sql.js';
import type { PlanKind, PlanStage } from '../../generated/prisma/enums.js';
import { asGeoJSON, fromGeoJSON, metresOutside, selectSimplified } from '../../geo/geometry.sql.js';
import type { ZoneDraft } from './plan.features.js';

// A zone's geometry as sent, in its own CRS (flat: reading the file dropped any altitude),
// then in EPSG:4326 as stored.
const source = (json: Sql, srid: number) => fromGeoJSON(json, srid);
const stored = (json: Sql, srid: number) =>
  sql`ST_Multi(ST_Transform(${source(json, srid)}, 4326))`;

/**
 * Why PostGIS finds zone geometries invalid, by feature index; valid ones are left out. Checked
 * as sent, so that a reason's coordinates are the file's, and again after the transformation.
 */
export async function selectInvalidZones(
  pool: pg.Pool,
  zones: Pick<ZoneDraft, 'index' | 'geometry'>[],
  srid: number,
) {
  const sent = zones.map((z) => ({ index: z.index, geometry: z.geometry }));
  const { rows } = await pool.query<{ index: number; reason: string }>(
    sql`SELECT z.index,
          CASE WHEN NOT ST_IsValid(g.sent) THEN 'geometry is invalid: ' || ST_IsValidReason(g.sent)
               ELSE 'geometry is invalid once transformed to EPSG:4326: ' || ST_IsValidReason(g.kept)
          END AS reason
        FROM jsonb_to_recordset(${JSON.stringify(sent)}::jsonb) AS z(index int, geometry jsonb)
        CROSS JOIN LATERAL (SELECT ${source(sql`z.geometry::text`, srid)} AS sent) AS s
        CROSS JOIN LATERAL (SELECT s.sent, ST_Transform(s.sent, 4326) AS kept) AS g
        WHERE NOT ST_IsValid(g.sent) OR NOT ST_IsValid(g.kept)
        ORDER BY z.index`,
  );
  return rows;
}

export type NewPlan = {
  kind: PlanKind;
  name: string;
  stage: PlanStage;
  version: string;
  /** The version this one replaces, kept as it was. */
  previousVersionId: string | null;
};

// The zones of a file as rows, each geometry transformed once, as they are stored.
const zoneRows = (zones: readonly ZoneDraft[], srid: number) =>
  sql`SELECT z.index, z.symbol, z."designationCode", z."designationName", z.parameters,
             ${stored(sql`z.geometry::text`, srid)} AS geometry
      FROM jsonb_to_recordset(${JSON.stringify(zones)}::jsonb)
        AS z(index int, symbol text, "designationCode" text, "designationName" text,
             geometry jsonb, parameters jsonb)`;

/**
 * Inserts a plan and its zones in one statement, transforming each geometry once; the
 * boundary is the union of the zones. Returns the plan's id.
 */
export async function insertPlan(
  client: pg.ClientBase,
  plan: NewPlan,
  zones: ZoneDraft[],
  srid: number,
) {
  const { rows } = await client.query<{ id: string }>(
    sql`WITH zone AS (${zoneRows(zones, srid)}), plan AS (
          INSERT INTO spatial_plan (kind, name, stage, version, previous_version_id, boundary)
          SELECT ${plan.kind}::plan_kind, ${plan.name}, ${plan.stage}::plan_stage, ${plan.version},
                 ${plan.previousVersionId}::uuid, ST_Multi(ST_Union(geometry)) FROM zone
          RETURNING id
        ), inserted AS (
          INSERT INTO plan_zone (plan_id, symbol, designation_code, designation_name, geometry, parameters)
          SELECT plan.id, z.symbol, z."designationCode", z."designationName", z.geometry, z.parameters
          FROM zone AS z, plan
        )
        SELECT id FROM plan`,
  );
  return rows[0]?.id ?? '';
}

/** Metres between the zones of a file, as they would be stored, and the consultation's area. */
export async function selectMetresOutside(
  pool: pg.Pool,
  consultationId: string,
  zones: readonly ZoneDraft[],
  srid: number,
) {
  const { rows } = await pool.query<{ meters: number }>(
    sql`WITH zone AS (${zoneRows(zones, srid)})
        SELECT ${metresOutside(sql`c.area`, sql`u.boundary`)} AS meters
        FROM consultation c, (SELECT ST_Union(geometry) AS boundary FROM zone) AS u
        WHERE c.id = ${consultationId}`,
  );
  return rows[0]?.meters ?? 0;
}

/** The zones of a file in EPSG:4326 as GeoJSON, by feature index: what a preview shows. */
export async function selectPreviewGeometries(
  pool: pg.Pool,
  zones: readonly ZoneDraft[],
  srid: number,
) {
  const { rows } = await pool.query<{ index: number; geometry: unknown }>(
    sql`WITH zone AS (${zoneRows(zones, srid)})
        SELECT index, ${asGeoJSON(sql`geometry`, 7)} AS geometry FROM zone ORDER BY index`,
  );
  return rows;
}

export async function linkPlan(client: pg.ClientBase, planId: string, consultationId: string) {
  await client.query(
    sql`INSERT INTO consultation_plan (consultation_id, plan_id) VALUES (${consultationId}, ${planId})`,
  );
}

/** Plan boundaries (or zone geometries) as GeoJSON MultiPolygons, simplified by `tolerance`°. */
export const selectGeometries = (
  pool: pg.Pool,
  table: 'spatial_plan' | 'plan_zone',
  ids: readonly string[],
  tolerance: number,
) =>
  selectSimplified(
    pool,
    table === 'spatial_plan' ? { table, column: 'boundary' } : { table, column: 'geometry' },
    ids,
    tolerance,
  );
