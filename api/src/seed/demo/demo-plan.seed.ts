import { readFileSync } from 'node:fs';
import type { Database } from '../../db/database.js';
import { PlanCrs } from '../../modules/plans/plan.crs.js';
import { PlanService } from '../../modules/plans/plan.service.js';

const samplePlan = new URL(
  '../../modules/plans/fixtures/mokotow-plan.epsg2180.geojson',
  import.meta.url,
);

/** The sample local plan (in EPSG:2180, as Polish plan data comes) for the demo's plan consultation. */
export async function importDemoPlan(db: Database, consultationId: string, maxVertices: number) {
  const plans = PlanService.forSystem(db, maxVertices);
  const features = JSON.parse(readFileSync(samplePlan, 'utf8')) as { name: string };
  await plans.importPlan('system', consultationId, {
    kind: 'LOCAL_PLAN',
    name: features.name,
    stage: 'DRAFT_FOR_CONSULTATION',
    version: '1',
    crs: PlanCrs.EPSG_2180,
    features,
  });
}
