import { randomUUID } from 'node:crypto';
import { beforeAll } from 'vitest';
import { organisers, type SignedIn } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import type { Database } from '../../db/database.js';
import { defaultMaxVertices, type Polygon } from '../../geo/geojson.js';
import { PlanCrs } from './plan.crs.js';
import { PlanService } from './plan.service.js';

/**
 * Test data: a plan imported for the consultation as the plans CLI would, one MW zone per
 * polygon; remarks already there fall in its zones. Returns the zone ids by symbol.
 */
export async function linkedPlan(
  db: Database,
  consultationId: string,
  zones: { symbol: string; geometry: Polygon }[],
) {
  const plans = PlanService.forSystem(db, defaultMaxVertices);
  const features = zones.map(({ symbol, geometry }) => ({
    type: 'Feature',
    properties: { symbol, designationCode: 'MW', designationName: 'zabudowa wielorodzinna' },
    geometry,
  }));
  const plan = await plans.importPlan('system', consultationId, {
    kind: 'LOCAL_PLAN',
    name: `Test plan ${randomUUID()}`,
    stage: 'DRAFT_FOR_CONSULTATION',
    crs: PlanCrs.EPSG_4326,
    features: { type: 'FeatureCollection', features },
  });
  const stored = await db.prisma.planZone.findMany({ where: { planId: plan.id } });
  return Object.fromEntries(stored.map((z) => [z.symbol, z.id])) as Record<string, string>;
}

const importPlan = `mutation ($c: ID!, $input: PlanImportInput!) {
  importPlan(consultationId: $c, input: $input) {
    id kind name stage version boundary
    zones { symbol designationCode designationName parameters { key value unit } } } }`;

export type Imported = {
  importPlan: {
    id: string;
    version: string;
    boundary: { type: string };
    zones: {
      symbol: string;
      designationCode: string;
      parameters: { key: string; value: string; unit: string | null }[];
    }[];
  };
};

/**
 * The test server with planners of Mokotów's office and of Wola's, an admin, and an OPEN
 * consultation of Mokotów's office to import plans into.
 */
export function usePlanImport() {
  const server = useTestServer();
  const { db, services, request } = server;
  const people = {} as Record<'planner' | 'otherPlanner' | 'admin', SignedIn>;
  const scene = { consultationId: '' };

  beforeAll(async () => {
    Object.assign(people, await organisers(db, services));
    scene.consultationId = (await createConsultation(db, { district: 'mokotow' })).id;
  });

  /** Imports as `who` (the Mokotów planner unless told); a unique name finds what was stored. */
  async function importAs(
    features: unknown,
    options: { crs?: string; c?: string; who?: SignedIn; input?: Record<string, unknown> } = {},
  ) {
    const name = `Plan ${randomUUID()}`;
    const input = {
      kind: 'LOCAL_PLAN',
      name,
      stage: 'DRAFT_FOR_CONSULTATION',
      crs: options.crs,
      features,
      ...options.input,
    };
    const { body } = await request<Imported>(
      importPlan,
      { c: options.c ?? scene.consultationId, input },
      (options.who ?? people.planner).headers,
    );
    const stored = await db.prisma.spatialPlan.count({ where: { name } });
    return { ...body, stored, error: body.errors?.[0] };
  }

  return { ...server, people, scene, importAs };
}
