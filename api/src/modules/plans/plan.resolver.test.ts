import pg from 'pg';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { organisers, type SignedIn } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { PlanCrs } from './plan.crs.js';
import { samplePlan } from './plan.test-data.js';

const { db, services, gql, request } = useTestServer();
let planner: SignedIn;
let otherPlanner: SignedIn;

beforeAll(async () => {
  ({ planner, otherPlanner } = await organisers(db, services));
});

/** A consultation of Mokotów's office with `plans` sample plans, imported by the system. */
async function consultationWithPlans(plans: number, status: 'OPEN' | 'DRAFT' = 'OPEN') {
  const { id } = await createConsultation(db, { district: 'mokotow', status });
  const planIds = [];
  for (let i = 0; i < plans; i++) {
    const input = {
      kind: 'LOCAL_PLAN' as const,
      name: `Plan ${i + 1}`,
      stage: 'DRAFT_FOR_CONSULTATION' as const,
      crs: PlanCrs.EPSG_2180,
      features: samplePlan(2180),
    };
    planIds.push((await services.plans.importPlan('system', id, input)).id);
  }
  return { id, planIds };
}

const planQuery = `query ($id: ID!) { plan(id: $id) {
  id name kind stage version boundary light: boundary(simplify: 0.01)
  zones { id symbol designationName parameters { key value unit } } } }`;

type PlanResult = {
  plan: {
    name: string;
    boundary: { type: string; coordinates: number[][][][] };
    light: { coordinates: number[][][][] };
    zones: {
      id: string;
      symbol: string;
      parameters: { key: string; value: string; unit: string | null }[];
    }[];
  };
};

describe('reading plans', () => {
  test('plan(id) gives the plan, its boundary and its zones in legend order', async () => {
    const { planIds } = await consultationWithPlans(1);
    const { data, errors } = await gql<PlanResult>(planQuery, { id: planIds[0] });
    expect(errors).toBeUndefined();
    expect(data?.plan.name).toBe('Plan 1');
    expect(data?.plan.boundary.type).toBe('MultiPolygon');
    expect(data?.plan.light.coordinates.flat(2).length).toBeLessThan(
      data?.plan.boundary.coordinates.flat(2).length ?? 0,
    );
    expect(data?.plan.zones.map((z) => z.symbol)).toEqual([
      '1KD-D',
      '2KD-D',
      '1KD-Z',
      '1MN',
      '1MW',
      '2MW',
      '1U',
      '1UO',
      '1ZP',
    ]);
    expect(data?.plan.zones.find((z) => z.symbol === '1MN')?.parameters).toContainEqual({
      key: 'minPlotArea',
      value: '600',
      unit: 'm²',
    });
  });

  test('zone(id) gives the zone, its geometry and its plan', async () => {
    const { planIds } = await consultationWithPlans(1);
    const plan = await gql<PlanResult>(planQuery, { id: planIds[0] });
    const zp = plan.data?.plan.zones.find((z) => z.symbol === '1ZP');
    const { data } = await gql<{
      zone: {
        symbol: string;
        designationCode: string;
        geometry: { type: string; coordinates: unknown[] };
        plan: { id: string };
      };
    }>(
      'query ($id: ID!) { zone(id: $id) { symbol designationCode geometry(simplify: 0) plan { id } } }',
      { id: zp?.id },
    );
    expect(data?.zone).toMatchObject({
      symbol: '1ZP',
      designationCode: 'ZP',
      plan: { id: planIds[0] },
    });
    expect(data?.zone.geometry).toMatchObject({
      type: 'MultiPolygon',
      coordinates: [expect.anything(), expect.anything()],
    });
  });

  test.each([
    ['plan', '00000000-0000-0000-0000-000000000000'],
    ['plan', 'not-a-uuid'],
    ['zone', '00000000-0000-0000-0000-000000000000'],
    ['zone', 'x'],
  ])('%s(id: %s) is NOT_FOUND on id', async (field, id) => {
    const { errors } = await gql(`query ($id: ID!) { ${field}(id: $id) { id } }`, { id });
    expect(errors?.[0]?.extensions).toEqual({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
      field: 'id',
    });
  });

  test('a simplify tolerance out of range names it', async () => {
    const { planIds } = await consultationWithPlans(1);
    const { errors } = await gql('query ($id: ID!) { plan(id: $id) { boundary(simplify: 1) } }', {
      id: planIds[0],
    });
    expect(errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INPUT_OUT_OF_RANGE',
      field: 'simplify',
      params: { min: 0, max: 0.1 },
    });
  });

  test("a draft consultation's plan is seen only by those who manage it", async () => {
    const { planIds } = await consultationWithPlans(1, 'DRAFT');
    const query = 'query ($id: ID!) { plan(id: $id) { zones { id } } }';
    expect((await gql(query, { id: planIds[0] })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const other = await request(query, { id: planIds[0] }, otherPlanner.headers);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const own = await request<{ plan: { zones: { id: string }[] } }>(
      query,
      { id: planIds[0] },
      planner.headers,
    );
    expect(own.body.data?.plan.zones).toHaveLength(9);
    const zone = own.body.data?.plan.zones[0]?.id;
    expect(
      (await gql('query ($id: ID!) { zone(id: $id) { id } }', { id: zone })).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_FOUND');
  });
});

describe('Consultation.plans', () => {
  const query = `query ($id: ID!) { consultation(id: $id) { plans {
    name boundary(simplify: 0.0001) zones { symbol geometry(simplify: 0.0001) parameters { key } plan { id } } } } }`;
  type Result = { consultation: { plans: { name: string; zones: { plan: { id: string } }[] }[] } };

  async function countStatements(id: string) {
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const { data, errors } = await gql<Result>(query, { id });
      expect(errors).toBeUndefined();
      return { data, statements: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  }

  test('lists the plans, oldest first, loading each relation in one query whatever the count', async () => {
    const one = await consultationWithPlans(1);
    const three = await consultationWithPlans(3);
    const few = await countStatements(one.id);
    const many = await countStatements(three.id);
    expect(many.data?.consultation.plans.map((p) => p.name)).toEqual([
      'Plan 1',
      'Plan 2',
      'Plan 3',
    ]);
    expect(many.data?.consultation.plans.flatMap((p) => p.zones)).toHaveLength(27);
    expect(many.statements).toBe(few.statements);
    // The consultation, its plans, boundaries, zones, zone geometries and zones' plans: one each.
    expect(many.statements).toBeGreaterThanOrEqual(6);
    expect(many.statements).toBeLessThanOrEqual(8);
  });

  test('a consultation without plans has none', async () => {
    const { id } = await consultationWithPlans(0);
    const { data } = await gql<Result>(query, { id });
    expect(data?.consultation.plans).toEqual([]);
  });
});
