import { describe, expect, test } from 'vitest';
import type { SignedIn } from '../../../test/personas.js';
import { collection, samplePlan, squareZone } from './plan.test-data.js';
import { usePlanImport } from './plans.scenario.js';

const { db, people, scene, importAs } = usePlanImport();

/** Whether the zone `symbol` of plan `id` covers the point, in EPSG:4326. */
async function zoneCovers(id: string, symbol: string, lon: number, lat: number) {
  const { rows } = await db.pool.query<{ covers: boolean }>(
    `SELECT ST_Covers(geometry, ST_SetSRID(ST_MakePoint($3, $4), 4326)) AS covers
     FROM plan_zone WHERE plan_id = $1 AND symbol = $2`,
    [id, symbol, lon, lat],
  );
  return rows[0]?.covers;
}

/** The same coordinates, each position given an altitude of 110 m. */
const addAltitude = (coordinates: unknown): unknown =>
  Array.isArray(coordinates) && typeof coordinates[0] === 'number'
    ? [...coordinates, 110]
    : (coordinates as unknown[]).map(addAltitude);

describe('importing a plan', () => {
  test('the sample plan in EPSG:4326: zones, parameters and a boundary, linked and audited', async () => {
    const { data, errors } = await importAs(samplePlan(4326));
    expect(errors).toBeUndefined();
    const plan = data?.importPlan;
    expect(plan).toMatchObject({
      kind: 'LOCAL_PLAN',
      stage: 'DRAFT_FOR_CONSULTATION',
      version: '1',
    });
    expect(plan?.boundary.type).toBe('MultiPolygon');
    expect(plan?.zones.map((z) => z.symbol)).toEqual([
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
    const [mw1, mw2] = plan?.zones.filter((z) => z.designationCode === 'MW') ?? [];
    expect(mw1?.parameters).toContainEqual({ key: 'maxBuildingHeight', value: '25', unit: 'm' });
    expect(mw1?.parameters).toContainEqual({ key: 'maxIntensity', value: '2.5', unit: null });
    expect(mw1?.parameters).toContainEqual({ key: 'roofForm', value: 'płaski', unit: null });
    expect(mw2?.parameters).toContainEqual({
      key: 'minParkingSpacesPerDwelling',
      value: '1',
      unit: 'miejsce/mieszkanie',
    });
    const id = plan?.id ?? '';
    expect(
      await db.prisma.consultationPlan.count({
        where: { planId: id, consultationId: scene.consultationId },
      }),
    ).toBe(1);
    const audit = await db.prisma.auditEvent.findFirst({
      where: { targetId: id, action: 'plan.import' },
    });
    expect(audit).toMatchObject({ actorId: people.planner.user.id, targetType: 'SpatialPlan' });
    expect(audit?.after).toMatchObject({
      consultationId: scene.consultationId,
      crs: 'EPSG_4326',
      zones: 9,
    });
    expect(await zoneCovers(id, '1MW', 21.007, 52.201)).toBe(true);
  });

  test('the sample plan in EPSG:2180 lands where the WGS84 design put it, inside Mokotów', async () => {
    const { data, errors } = await importAs(samplePlan(2180), { crs: 'EPSG_2180' });
    expect(errors).toBeUndefined();
    const id = data?.importPlan.id ?? '';
    expect(await zoneCovers(id, '1MW', 21.007, 52.201)).toBe(true);
    expect(await zoneCovers(id, '1ZP', 21.0155, 52.1955)).toBe(true); // the pocket park
    expect(await zoneCovers(id, '1UO', 21.0155, 52.1955)).toBe(false);
    const wgs84 = (await importAs(samplePlan(4326))).data?.importPlan.id;
    const { rows } = await db.pool.query<{ within: boolean; parts: number; meters: number }>(
      `SELECT ST_Within(p.boundary, a.geometry) AS within, ST_NumGeometries(p.boundary) AS parts,
              (SELECT max(ST_HausdorffDistance(z.geometry, w.geometry)) * 111000
               FROM plan_zone z JOIN plan_zone w USING (symbol)
               WHERE z.plan_id = p.id AND w.plan_id = $2) AS meters
       FROM spatial_plan p, area a WHERE p.id = $1 AND a.slug = 'mokotow'`,
      [id, wgs84],
    );
    // One part: the zones still share their edges after the transformation.
    expect(rows[0]).toMatchObject({ within: true, parts: 1 });
    expect(rows[0]?.meters).toBeLessThan(0.05);
  });

  test('the version is kept when given; an admin may import', async () => {
    const input = { kind: 'GENERAL_PLAN', stage: 'ADOPTED', version: ' 2b ' };
    const { data } = await importAs(collection([squareZone(0)]), { who: people.admin, input });
    expect(data?.importPlan).toMatchObject({ version: '2b', zones: [{ symbol: '1MW' }] });
  });

  test('positions with an altitude are imported flat', async () => {
    const zone = squareZone(0);
    zone.geometry.coordinates = [
      zone.geometry.coordinates[0]?.map(([x, y]) => [x ?? 0, y ?? 0, 110]) ?? [],
    ];
    const { data, errors } = await importAs(collection([zone]));
    expect(errors).toBeUndefined();
    expect(data?.importPlan.zones).toHaveLength(1);
  });

  test('so are altitudes in EPSG:2180, as GIS software exports them, and none is stored', async () => {
    const sample = samplePlan(2180);
    const withZ = JSON.parse(JSON.stringify(sample), (key, value) =>
      key !== 'coordinates' ? value : addAltitude(value),
    );
    const { data, errors } = await importAs(withZ, { crs: 'EPSG_2180' });
    expect(errors).toBeUndefined();
    const { rows } = await db.pool.query<{ dims: number[] }>(
      'SELECT array_agg(DISTINCT ST_NDims(geometry)) AS dims FROM plan_zone WHERE plan_id = $1',
      [data?.importPlan.id],
    );
    expect(rows[0]?.dims).toEqual([2]);
  });
});

describe('who may import', () => {
  test.each([['00000000-0000-0000-0000-000000000000'], ['not-a-uuid']])(
    'an unknown consultation %s is NOT_FOUND on consultationId',
    async (c) => {
      const { error } = await importAs(collection([squareZone(0)]), { c });
      expect(error?.extensions).toEqual({
        code: 'NOT_FOUND',
        reason: 'NOT_FOUND',
        field: 'consultationId',
      });
    },
  );

  test('a planner of another unit is FORBIDDEN, and nothing is written', async () => {
    const { error, stored } = await importAs(collection([squareZone(0)]), {
      who: people.otherPlanner,
    });
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    expect(stored).toBe(0);
  });

  test('a visitor must sign in', async () => {
    const { error } = await importAs(collection([squareZone(0)]), {
      who: { headers: {} } as SignedIn,
    });
    expect(error?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
