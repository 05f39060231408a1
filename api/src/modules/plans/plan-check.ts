import type pg from 'pg';
import { badInput } from '../../errors/domain-error.js';
import { declaredCrs, type PlanCrs, sridOf } from './plan.crs.js';
import { type FeatureProblem, readFeatures, type ZoneDraft } from './plan.features.js';
import { selectInvalidZones, selectMetresOutside } from './plan.sql.js';

/** A plan file as read and judged, before anything is written. */
export type CheckedPlan = {
  zones: ZoneDraft[];
  /** Every fault of a single feature, in file order. */
  problems: FeatureProblem[];
  featureCount: number;
  srid: number;
  /** How far the zones lie from the consultation's area; 0 when they reach it. */
  metresOutside: number;
};

/**
 * The one judgement of a plan file, shared by the preview and the import so that the two can
 * never disagree: the file's declared CRS against `crs`, each feature's properties and
 * geometry, PostGIS validity as sent and once transformed, and the distance to the area.
 * Faults of the whole file throw; faults of features are listed.
 */
export async function checkPlan(
  pool: pg.Pool,
  consultationId: string,
  source: { crs: PlanCrs; features: unknown },
  maxVertices: number,
): Promise<CheckedPlan> {
  const declared = declaredCrs(source.features, 'input.features');
  if (declared && declared !== source.crs) {
    const problem = `is ${source.crs}, but the FeatureCollection declares ${declared}`;
    throw badInput('input.crs', problem, 'PLAN_CRS_MISMATCH', { crs: declared });
  }
  const srid = sridOf[source.crs];
  const { zones, problems, count } = readFeatures(source.features, source.crs, maxVertices);
  if (zones.length > 0) problems.push(...(await selectInvalidZones(pool, zones, srid)));
  problems.sort((a, b) => a.index - b.index);
  const invalid = new Set(problems.map((p) => p.index));
  const sound = zones.filter((z) => !invalid.has(z.index));
  const metresOutside =
    sound.length > 0 ? await selectMetresOutside(pool, consultationId, sound, srid) : 0;
  return { zones, problems, featureCount: count, srid, metresOutside };
}

const distance = (meters: number) =>
  meters < 1000 ? `${Math.round(meters)} m` : `${(meters / 1000).toFixed(1)} km`;

/** PLAN_OUTSIDE_AREA for a plan that does not reach the consultation's area. */
export const outsideArea = (meters: number) =>
  badInput(
    'input.features',
    `the plan lies ${distance(meters)} from the consultation's area; ` +
      'check crs, and that each position gives easting (or longitude) first',
    'PLAN_OUTSIDE_AREA',
    { meters: Math.round(meters) },
  );
