import { describe, expect, test } from 'vitest';
import { createConsultation } from '../../../test/scenario.js';
import { bowtie, collection, samplePlan, squareZone } from './plan.test-data.js';
import { usePlanImport } from './plans.scenario.js';

const { db, people, importAs } = usePlanImport();

describe('a faulty plan is refused whole, with every fault listed', () => {
  const hundred = (bad: (i: number) => unknown) =>
    collection(Array.from({ length: 100 }, (_, i) => bad(i) ?? squareZone(i)));

  test('one bowtie among a hundred good zones: nothing imported, the bad one named', async () => {
    const { error, stored } = await importAs(hundred((i) => (i === 57 ? bowtie(57) : undefined)));
    expect(error?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PLAN_FEATURES_INVALID',
      field: 'input.features',
      params: { invalid: 1, total: 100 },
    });
    expect(error?.message).toMatch(
      /^input\.features: 1 of 100 features are invalid, so nothing was imported: features\[57\]: geometry is invalid: Self-intersection\[21\.01\d* 52\.2\d*\]$/,
    );
    expect(stored).toBe(0);
  });

  test('every kind of fault at once, in file order', async () => {
    const { error, stored } = await importAs(
      hundred((i) => {
        if (i === 3) return squareZone(3, { symbol: '1MW' });
        if (i === 17) return bowtie(17);
        if (i === 42)
          return {
            ...squareZone(42),
            geometry: { type: 'MultiPoint', coordinates: [[21.01, 52.2]] },
          };
        if (i === 60) return squareZone(60, { designationCode: undefined });
        if (i === 61) return squareZone(61, { designationName: '  ' });
        return undefined;
      }),
    );
    expect(stored).toBe(0);
    const [head, ...problems] = error?.message.split(/: (?=features\[)|; (?=features\[)/) ?? [];
    expect(head).toBe('input.features: 5 of 100 features are invalid, so nothing was imported');
    expect(problems).toEqual([
      'features[3]: symbol "1MW" repeats features[0]',
      expect.stringMatching(/^features\[17\]: geometry is invalid: Self-intersection/),
      'features[42]: geometry type MultiPoint is not allowed here; use one of Polygon, MultiPolygon',
      'features[60]: designationCode is missing',
      'features[61]: designationName is blank',
    ]);
  });

  test('an EPSG:2180 position outside Poland is named with its axis', async () => {
    const sample = samplePlan(2180);
    const last = sample.features[8]?.geometry as { coordinates?: number[][][] } | undefined;
    last?.coordinates?.[0]?.splice(1, 0, [637_100, 1_483_000]);
    const { error, stored } = await importAs(sample, { crs: 'EPSG_2180' });
    expect(error?.message).toContain(
      `features[8]: geometry coordinates[0][1] northing 1483000 is out of range 100000..950000 for EPSG:2180`,
    );
    expect(stored).toBe(0);
  });

  test('a position of four numbers is a fault of its feature', async () => {
    const zone = squareZone(0);
    zone.geometry.coordinates[0]?.splice(1, 1, [21.0011, 52.2, 0, 0]);
    const { error, stored } = await importAs(collection([zone]));
    expect(error?.message).toContain(
      'features[0]: geometry coordinates[0][1] has 4 coordinates; give [longitude, latitude] only',
    );
    expect(stored).toBe(0);
  });

  test.each([
    ['an empty collection', collection([]), 'input.features', 'has no features', 'INPUT_INVALID'],
    [
      'a bare geometry',
      squareZone(0).geometry,
      'input.features',
      'must be a GeoJSON FeatureCollection',
      'INPUT_INVALID',
    ],
    [
      'a file declaring EPSG:2180 sent as EPSG:4326',
      samplePlan(2180),
      'input.crs',
      'but the FeatureCollection declares',
      'PLAN_CRS_MISMATCH',
      { crs: 'EPSG_2180' },
    ],
    [
      'metres with no CRS declared',
      { ...samplePlan(2180), crs: undefined },
      'input.crs',
      'look like EPSG_2180',
      'PLAN_CRS_MISMATCH',
      { crs: 'EPSG_2180' },
    ],
  ])('%s', async (_, features, field, message, reason, params?: Record<string, string>) => {
    const { error, stored } = await importAs(features);
    expect(error?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason,
      field,
      ...(params && { params }),
    });
    expect(error?.message).toContain(message);
    expect(stored).toBe(0);
  });

  test('a plan far from the consultation area is refused with the distance', async () => {
    const bemowo = await createConsultation(db, { district: 'bemowo' });
    const { error, stored } = await importAs(samplePlan(4326), { c: bemowo.id, who: people.admin });
    expect(error?.extensions?.field).toBe('input.features');
    expect(error?.extensions).toMatchObject({ reason: 'PLAN_OUTSIDE_AREA' });
    expect(error?.extensions?.params?.meters).toBeGreaterThan(1000);
    expect(error?.message).toMatch(/the plan lies \d+\.\d km from the consultation's area/);
    expect(stored).toBe(0);
  });

  test('a name too short is named', async () => {
    const { error } = await importAs(collection([squareZone(0)]), { input: { name: ' a ' } });
    expect(error?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INPUT_TOO_SHORT',
      field: 'input.name',
      params: { min: 3 },
    });
  });
});
