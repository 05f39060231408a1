import { describe, expect, test } from 'vitest';
import { DomainError } from '../../errors/domain-error.js';
import { PlanCrs } from './plan.crs.js';
import { readFeatures } from './plan.features.js';
import { collection, samplePlan, squareZone } from './plan.test-data.js';

const read = (features: unknown[], crs = PlanCrs.EPSG_4326) =>
  readFeatures(collection(features), crs, 1_000);
const reasons = (features: unknown[], crs = PlanCrs.EPSG_4326) =>
  read(features, crs).problems.map((p) => `${p.index}: ${p.reason}`);
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err instanceof DomainError ? { field: err.field, message: err.message } : err;
  }
  return undefined;
};

describe('readFeatures', () => {
  test('reads the sample plan in both CRSs with no problem', () => {
    for (const [epsg, crs] of [
      [4326, PlanCrs.EPSG_4326],
      [2180, PlanCrs.EPSG_2180],
    ] as const) {
      const { zones, problems } = readFeatures(samplePlan(epsg), crs, 1_000);
      expect(problems).toEqual([]);
      expect(zones.map((z) => z.symbol)).toContain('1KD-Z');
    }
  });

  test('lists every fault of every feature, by index', () => {
    const zone = squareZone(0);
    expect(
      reasons([
        zone,
        {
          ...squareZone(1),
          properties: { symbol: ' ', designationCode: 'mw', designationName: 3 },
        },
        { ...squareZone(2, { symbol: '1MW' }) },
        { ...squareZone(3), geometry: { type: 'MultiPoint', coordinates: [[21, 52]] } },
        { ...squareZone(4), properties: null },
        { type: 'Point', coordinates: [21, 52] },
        {
          ...squareZone(6),
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [21, 52],
                [21, 95],
                [22, 52],
                [21, 52],
              ],
            ],
          },
        },
      ]),
    ).toEqual([
      '1: symbol is blank',
      '1: designationCode "mw" must be a capital letter then up to 15 letters, digits or . / -',
      '1: designationName must be text, not 3',
      '2: symbol "1MW" repeats features[0]',
      '3: geometry type MultiPoint is not allowed here; use one of Polygon, MultiPolygon',
      '4: symbol is missing',
      '4: designationCode is missing',
      '4: designationName is missing',
      '5: is not a GeoJSON Feature but "Point"',
      '6: geometry coordinates[0][1] latitude 95 is out of range -90..90',
    ]);
  });

  test('keeps the geometry of a feature with faulty properties, so PostGIS can judge it too', () => {
    const { zones } = read([{ ...squareZone(0), properties: {} }]);
    expect(zones.map((z) => z.index)).toEqual([0]);
  });

  test('holds EPSG:2180 positions to Poland, in metres', () => {
    const square = (x: number, y: number, i = 0) => ({
      ...squareZone(i),
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + 50, y],
            [x + 50, y + 50],
            [x, y],
          ],
        ],
      },
    });
    expect(
      reasons([square(637_000, 483_000), square(637_000, 2_000_000, 1)], PlanCrs.EPSG_2180),
    ).toEqual([
      '1: geometry coordinates[0][0] northing 2000000 is out of range 100000..950000 for EPSG:2180',
    ]);
    const open = {
      ...square(637_000, 483_000),
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [637000, 483000],
            [637050, 483000],
            [637050, 483050],
            [637000, 483050],
          ],
        ],
      },
    };
    expect(reasons([open], PlanCrs.EPSG_2180)[0]).toMatch(
      /^0: geometry coordinates\[0\] is not closed/,
    );
  });

  test.each([
    [{ type: 'Feature' }, 'must be a GeoJSON FeatureCollection, not "Feature"'],
    [collection([]), 'has no features; a plan needs one zone or more'],
    [collection(Array.from({ length: 2_001 }, () => ({}))), 'has 2001 features; the most is 2000'],
  ])('refuses a whole collection: %#', (value, message) => {
    expect(thrown(() => readFeatures(value, PlanCrs.EPSG_4326, 1_000))).toEqual({
      field: 'input.features',
      message: `input.features: ${message}`,
    });
  });

  test('refuses too many vertices in all, before reading any feature', () => {
    const big = squareZone(0);
    const ring = Array.from({ length: 1_000 }, (_, i) => [21 + i * 1e-6, 52.2]);
    big.geometry.coordinates = [[...ring, [21, 52.21], [21, 52.2]]];
    const features = Array.from({ length: 501 }, () => big);
    expect(
      thrown(() => readFeatures(collection(features), PlanCrs.EPSG_4326, 10_000)),
    ).toMatchObject({
      message: 'input.features: has more than 500000 vertices in all, the most allowed',
    });
  });

  test('a feature over the per-feature vertex limit is named', () => {
    expect(reasons([squareZone(0)], PlanCrs.EPSG_4326).length).toBe(0);
    const { problems } = readFeatures(collection([squareZone(0)]), PlanCrs.EPSG_4326, 4);
    expect(problems[0]?.reason).toBe('geometry has more than 4 vertices, the most allowed');
  });

  test('coordinates plainly in the other CRS are one error on crs', () => {
    const sample = samplePlan(2180);
    expect(thrown(() => readFeatures(sample, PlanCrs.EPSG_4326, 1_000))).toMatchObject({
      field: 'input.crs',
      message: expect.stringContaining('look like EPSG_2180'),
    });
    expect(thrown(() => readFeatures(samplePlan(4326), PlanCrs.EPSG_2180, 1_000))).toMatchObject({
      field: 'input.crs',
      message: expect.stringContaining('set crs: EPSG_4326'),
    });
  });
});
