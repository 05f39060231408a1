import type pg from 'pg';
import type { PlanKind, PlanStage } from '../../generated/prisma/enums.js';
import type { Geometry } from '../../geo/geojson.js';
import type { ZoneDraft } from './plan.features.js';

// A zone's geometry as sent, in its own CRS ($srid), then in EPSG:4326 as stored. Altitudes,
// which GeoJSON allows, are dropped: the columns are 2D.
const source = (json: string, srid: string) =>
  `ST_Force2D(ST_SetSRID(ST_GeomFromGeoJSON(${json}), ${srid}))`;
const stored = (json: string, srid: string) =>
  `ST_Multi(ST_Transform(${source(json, srid)}, 4326))`;

/**
 * Why PostGIS finds zone geometries invalid, by feature index; valid ones are left out. Checked
 * as sent, so that a reason's coordinates are the file's, and again after the transformation.
 */
export async function selectInvalidZones(
  pool: pg.Pool,
  zones: Pick<ZoneDraft, 'index' | 'geometry'>[],
  srid: number,
) {
  const { rows } = await pool.query<{ index: number; reason: string }>(
    `SELECT z.index,
            CASE WHEN NOT ST_IsValid(g.sent) THEN 'geometry is invalid: ' || ST_IsValidReason(g.sent)
                 ELSE 'geometry is invalid once transformed to EPSG:4326: ' || ST_IsValidReason(g.kept)
            END AS reason
     FROM jsonb_to_recordset($1::jsonb) AS z(index int, geometry jsonb)
     CROSS JOIN LATERAL (SELECT ${source('z.geometry::text', '$2::int')} AS sent) AS s
     CROSS JOIN LATERAL (SELECT s.sent, ST_Transform(s.sent, 4326) AS kept) AS g
     WHERE NOT ST_IsValid(g.sent) OR NOT ST_IsValid(g.kept)
     ORDER BY z.index`,
    [JSON.stringify(zones.map((z) => ({ index: z.index, geometry: z.geometry }))), srid],
  );
  return rows;
}

export type NewPlan = { kind: PlanKind; name: string; stage: PlanStage; version: string };

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
    `WITH zone AS (
       SELECT z.symbol, z."designationCode", z."designationName", z.parameters,
              ${stored('z.geometry::text', '$5::int')} AS geometry
       FROM jsonb_to_recordset($6::jsonb)
         AS z(symbol text, "designationCode" text, "designationName" text, geometry jsonb, parameters jsonb)
     ), plan AS (
       INSERT INTO spatial_plan (kind, name, stage, version, boundary)
       SELECT $1::plan_kind, $2, $3::plan_stage, $4, ST_Multi(ST_Union(geometry)) FROM zone
       RETURNING id
     ), inserted AS (
       INSERT INTO plan_zone (plan_id, symbol, designation_code, designation_name, geometry, parameters)
       SELECT plan.id, z.symbol, z."designationCode", z."designationName", z.geometry, z.parameters
       FROM zone AS z, plan
     )
     SELECT id FROM plan`,
    [plan.kind, plan.name, plan.stage, plan.version, srid, JSON.stringify(zones)],
  );
  return rows[0]?.id ?? '';
}

/** Links the plan to the consultation; metres between the plan and the area, 0 if they meet. */
export async function linkPlan(client: pg.ClientBase, planId: string, consultationId: string) {
  const { rows } = await client.query<{ meters: number }>(
    `WITH link AS (
       INSERT INTO consultation_plan (consultation_id, plan_id) VALUES ($1, $2) RETURNING 1
     )
     SELECT CASE WHEN ST_Intersects(p.boundary, c.area) THEN 0
                 ELSE ST_Distance(p.boundary::geography, c.area::geography) END AS meters
     FROM spatial_plan p, consultation c, link WHERE p.id = $2 AND c.id = $1`,
    [consultationId, planId],
  );
  return rows[0]?.meters ?? 0;
}

/** Plan boundaries (or zone geometries) as GeoJSON MultiPolygons, simplified by `tolerance`°. */
export async function selectGeometries(
  pool: pg.Pool,
  table: 'spatial_plan' | 'plan_zone',
  ids: readonly string[],
  tolerance: number,
) {
  const column = table === 'spatial_plan' ? 'boundary' : 'geometry';
  const { rows } = await pool.query<{ id: string; geometry: Geometry }>(
    `SELECT id, ST_AsGeoJSON(ST_Multi(
              CASE WHEN $2::float8 > 0 THEN ST_SimplifyPreserveTopology(${column}, $2) ELSE ${column} END),
              6)::json AS geometry
     FROM ${table} WHERE id = ANY($1::uuid[])`,
    [ids, tolerance],
  );
  return rows;
}
