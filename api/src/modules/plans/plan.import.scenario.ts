import { randomUUID } from 'node:crypto';
import { beforeAll } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { createConsultation, unitBySlug } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';

export type Persona = Awaited<ReturnType<typeof signedInUser>>;

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
  const people = {} as Record<'planner' | 'otherPlanner' | 'admin', Persona>;
  const scene = { consultationId: '' };

  beforeAll(async () => {
    const mokotow = await unitBySlug(db, 'urzad-dzielnicy-mokotow');
    const wola = await unitBySlug(db, 'urzad-dzielnicy-wola');
    people.planner = await signedInUser(db, services, 'planner', {
      roles: [{ role: 'PLANNER', unitId: mokotow.id }],
    });
    people.otherPlanner = await signedInUser(db, services, 'other', {
      roles: [{ role: 'PLANNER', unitId: wola.id }],
    });
    people.admin = await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] });
    scene.consultationId = (await createConsultation(db, { district: 'mokotow' })).id;
  });

  /** Imports as `who` (the Mokotów planner unless told); a unique name finds what was stored. */
  async function importAs(
    features: unknown,
    options: { crs?: string; c?: string; who?: Persona; input?: Record<string, unknown> } = {},
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
