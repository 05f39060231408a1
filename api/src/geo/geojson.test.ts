import { describe, expect, test } from 'vitest';
import { type GeometryType, parseGeometry } from './geojson.js';

const basic: GeometryType[] = ['Point', 'LineString', 'Polygon'];
const multi: GeometryType[] = ['MultiPoint', 'MultiLineString', 'MultiPolygon'];
const all: GeometryType[] = [...basic, ...multi, 'GeometryCollection'];
const parse = (value: unknown, allowed = all, maxVertices?: number) =>
  parseGeometry(value, { field: 'input.geometry', allowed, maxVertices });
const badInput = (message: string | RegExp) =>
  expect.objectContaining({
    code: 'BAD_USER_INPUT',
    field: 'input.geometry',
    message:
      typeof message === 'string' ? `input.geometry: ${message}` : expect.stringMatching(message),
  });
const ring = [
  [21, 52],
  [21.1, 52],
  [21.1, 52.1],
  [21, 52.1],
  [21, 52],
];
const hole = [
  [21.02, 52.02],
  [21.03, 52.02],
  [21.03, 52.03],
  [21.02, 52.02],
];

describe('parseGeometry accepts', () => {
  test.each([
    ['a point', { type: 'Point', coordinates: [21.0122, 52.2297] }],
    [
      'the poles and ±180',
      {
        type: 'MultiPoint',
        coordinates: [
          [180, 90],
          [-180, -90],
          [0, 90],
        ],
      },
    ],
    [
      'a two-position line',
      {
        type: 'LineString',
        coordinates: [
          [21, 52],
          [21.1, 52.1],
        ],
      },
    ],
    ['a polygon with a hole', { type: 'Polygon', coordinates: [ring, hole] }],
    [
      'a multipolygon',
      {
        type: 'MultiPolygon',
        coordinates: [
          [ring, hole],
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        ],
      },
    ],
    [
      'a collection',
      { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [0, 0] }] },
    ],
  ])('%s', (_, value) => {
    expect(parse(value)).toEqual(value);
  });

  test('drops foreign members such as crs, so PostGIS never reads another CRS', () => {
    const crs = { type: 'name', properties: { name: 'EPSG:2180' } };
    const value = { type: 'Point', coordinates: [21, 52], crs, bbox: [21, 52, 21, 52] };
    expect(parse(value)).toEqual({ type: 'Point', coordinates: [21, 52] });
  });

  test('exactly maxVertices positions', () => {
    expect(parse({ type: 'Polygon', coordinates: [ring] }, basic, 5).type).toBe('Polygon');
  });
});

describe('allowed types', () => {
  test.each([
    ['MultiPoint', { type: 'MultiPoint', coordinates: [[21, 52]] }],
    ['GeometryCollection', { type: 'GeometryCollection', geometries: [] }],
  ])('rejects %s where only Point, LineString, Polygon are allowed', (type, value) => {
    const message = `type ${type} is not allowed here; use one of Point, LineString, Polygon`;
    expect(() => parse(value, basic)).toThrow(badInput(message));
  });

  test('holds collection members to the same list', () => {
    const member = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    };
    const value = { type: 'GeometryCollection', geometries: [member] };
    expect(() => parse(value, ['GeometryCollection', 'Point'])).toThrow(
      badInput('geometries[0].type LineString is not allowed here; use one of Point'),
    );
  });

  test('rejects a nested collection', () => {
    const value = {
      type: 'GeometryCollection',
      geometries: [{ type: 'GeometryCollection', geometries: [] }],
    };
    expect(() => parse(value)).toThrow(
      badInput(/geometries\[0\].type GeometryCollection is not allowed/),
    );
  });
});

describe('altitudes', () => {
  const square = (corner: number[]) => ({
    type: 'Polygon',
    coordinates: [[corner, [21.1, 52], [21.1, 52.1], [21, 52.1], corner]],
  });

  test.each([
    ['a point with altitude', { type: 'Point', coordinates: [21, 52, 110.5] }, 'coordinates', 3],
    ['a 4D corner of a polygon', square([21, 52, 0, 7]), 'coordinates[0][0]', 4],
    [
      'a 3D member of a collection',
      { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [21, 52, 0] }] },
      'geometries[0].coordinates',
      3,
    ],
  ])('refuses %s, naming the position', (_, value, path, dimensions) => {
    expect(() => parse(value)).toThrow(
      expect.objectContaining({
        reason: 'GEOMETRY_3D_NOT_ALLOWED',
        field: 'input.geometry',
        params: { path, dimensions },
        message: `input.geometry: ${path} has ${dimensions} coordinates; give [longitude, latitude] only`,
      }),
    );
  });

  const parseFile = (value: unknown) =>
    parseGeometry(value, { field: 'geometry', allowed: ['Polygon'], altitude: 'drop' });

  test('a file (a plan) may carry them, and they are dropped', () => {
    expect(parseFile(square([21, 52, 110]))).toEqual(square([21, 52]));
  });

  test('a file still gets an altitude checked, and four numbers refused', () => {
    expect(() => parseFile(square([21, 52, Number.NaN]))).toThrow(
      /coordinates\[0\]\[0\] altitude NaN is not a finite number/,
    );
    expect(() => parseFile(square([21, 52, 0, 0]))).toThrow(
      expect.objectContaining({ reason: 'GEOMETRY_3D_NOT_ALLOWED' }),
    );
  });
});

describe('the vertex limit', () => {
  const overLimit = badInput('has more than 10000 vertices, the most allowed');

  test('rejects a 1,000,000-vertex polygon by counting, before reading it', () => {
    const big = Array.from({ length: 1_000_000 }, (_, i) => [21 + i / 1e8, 52]);
    big.push([21, 52]);
    expect(() => parse({ type: 'Polygon', coordinates: [big] })).toThrow(overLimit);
  });

  test('counts across rings, parts and collection members', () => {
    const part = Array.from({ length: 3_000 }, () => [0, 0]);
    const coordinates = [
      [part, part],
      [part, part],
    ];
    expect(() => parse({ type: 'MultiPolygon', coordinates })).toThrow(overLimit);
    const geometries = Array.from({ length: 10_001 }, () => ({
      type: 'Point',
      coordinates: [0, 0],
    }));
    expect(() => parse({ type: 'GeometryCollection', geometries })).toThrow(overLimit);
  });

  test('counts empty parts too, so many empty polygons are cut short', () => {
    const coordinates = Array.from({ length: 100_000 }, () => []);
    expect(() => parse({ type: 'MultiPolygon', coordinates })).toThrow(overLimit);
  });

  test('is configurable', () => {
    expect(() => parse({ type: 'Polygon', coordinates: [ring] }, basic, 4)).toThrow(
      badInput('has more than 4 vertices, the most allowed'),
    );
  });
});

describe('each refusal carries the reason a client translates', () => {
  const refusal = (value: unknown, allowed = all, maxVertices?: number) => {
    try {
      parse(value, allowed, maxVertices);
    } catch (err) {
      return err;
    }
    throw new Error('parsed');
  };

  test.each([
    [
      'a ring left open',
      { type: 'Polygon', coordinates: [ring.slice(0, 4)] },
      'GEOMETRY_MALFORMED',
    ],
    ['a latitude of 95', { type: 'Point', coordinates: [21, 95] }, 'GEOMETRY_MALFORMED'],
    ['a Feature', { type: 'Feature', geometry: null }, 'GEOMETRY_MALFORMED'],
  ])('%s is malformed', (_, value, reason) => {
    expect(refusal(value)).toMatchObject({ reason, params: undefined });
  });

  test('a type the field does not take names the types it does', () => {
    expect(refusal({ type: 'MultiPoint', coordinates: [[21, 52]] }, basic)).toMatchObject({
      reason: 'GEOMETRY_TYPE_NOT_ALLOWED',
      params: { allowed: 'Point, LineString, Polygon' },
    });
  });

  test('too many vertices gives the most allowed', () => {
    expect(refusal({ type: 'Polygon', coordinates: [ring] }, all, 4)).toMatchObject({
      reason: 'GEOMETRY_TOO_MANY_VERTICES',
      params: { max: 4 },
    });
  });
});
