import fc from 'fast-check';
import type { GeometryType, Position } from '../../geo/geojson.js';

/** Numbers JSON carries: any double, the edges of degrees and just past them, huge and tiny. */
const coordinate = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 180, -180, 90, -90, 180.000001, -90.000001, 1e308, -1e308, 5e-324),
  fc.constantFrom(2 ** 53 + 2, 637_000, 483_000, 21.0064, 52.2101),
);

/** What a client may send where a number belongs ("NaN-like JSON" included). */
const notANumber = fc.constantFrom(null, 'NaN', 'Infinity', '1e999', '21.0', '', true, {}, []);

const anyPosition = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(coordinate, coordinate) },
  { weight: 2, arbitrary: fc.array(coordinate, { minLength: 3, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(coordinate, notANumber), { maxLength: 5 }) },
);

/** Coordinates nested 0 to 4 levels, at random: right for some type, or for none. */
const anyCoordinates: fc.Arbitrary<unknown> = fc.letrec<{ level: unknown }>((tie) => ({
  level: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: anyPosition },
    { weight: 1, arbitrary: notANumber },
    { weight: 3, arbitrary: fc.array(tie('level'), { maxLength: 5 }) },
  ),
})).level;

const types = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
] as const;
const anyType = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...types) },
  { weight: 1, arbitrary: fc.constantFrom('Feature', 'FeatureCollection', 'point', 'Circle', '') },
);

const foreignMembers = fc.record(
  {
    crs: fc.constant({ type: 'name', properties: { name: 'EPSG:2180' } }),
    bbox: fc.array(coordinate, { maxLength: 6 }),
    properties: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 })),
  },
  { requiredKeys: [] },
);

/** A GeoJSON-looking object: any type, any coordinates or members, maybe foreign members. */
const anyGeometryObject = (member: fc.Arbitrary<unknown>) =>
  fc
    .tuple(
      anyType,
      fc.option(anyCoordinates, { nil: undefined }),
      fc.option(fc.array(member, { maxLength: 3 }), { nil: undefined }),
      foreignMembers,
    )
    .map(([type, coordinates, geometries, foreign]) => ({
      type,
      coordinates,
      geometries,
      ...foreign,
    }));

/** Any object with a string `type`, as the GeoJSON scalar lets through, members nested once. */
export const anyGeometry = anyGeometryObject(anyGeometryObject(fc.constant({})));

/** What no GeoJSON variable takes: not an object with a string `type`. */
export const notGeoJSON = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }).filter((v) => typeof (v as { type?: unknown })?.type !== 'string'),
  fc.record({ type: notANumber, coordinates: anyCoordinates }),
);

/** A box of `size` degrees at (west, south): a closed ring of five positions. */
const ringAt = (west: number, south: number, size: number): Position[] => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

/**
 * Well-formed geometries of each type around `centre`: small and large, and PostGIS-invalid
 * ones (a bowtie, a ring of one repeated point), within degrees' range.
 */
export function geometriesNear(centre: Position) {
  const [lon, lat] = centre;
  const near = fc.tuple(
    fc.double({ min: lon - 0.01, max: lon + 0.01, noNaN: true }),
    fc.double({ min: lat - 0.01, max: lat + 0.01, noNaN: true }),
  );
  const size = fc.constantFrom(1e-9, 0.0005, 0.003, 0.5, 20);
  const ring = fc.oneof(
    fc.tuple(near, size).map(([[w, s], d]) => ringAt(w, s, d)),
    fc.tuple(near, size).map(([[w, s], d]) => {
      const [a, b, c, e] = ringAt(w, s, d) as [Position, Position, Position, Position];
      return [a, c, b, e, a];
    }),
    near.map((p) => [p, p, p, p]),
  );
  return {
    Point: near.map((coordinates) => ({ type: 'Point', coordinates })),
    MultiPoint: fc
      .array(near, { minLength: 1, maxLength: 4 })
      .map((c) => ({ type: 'MultiPoint', coordinates: c })),
    LineString: fc
      .array(near, { minLength: 2, maxLength: 5 })
      .map((c) => ({ type: 'LineString', coordinates: c })),
    MultiLineString: fc
      .array(fc.array(near, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 3 })
      .map((c) => ({ type: 'MultiLineString', coordinates: c })),
    Polygon: ring.map((r) => ({ type: 'Polygon', coordinates: [r] })),
    MultiPolygon: fc
      .array(ring, { minLength: 1, maxLength: 2 })
      .map((rings) => ({ type: 'MultiPolygon', coordinates: rings.map((r) => [r]) })),
    GeometryCollection: near.map((p) => ({
      type: 'GeometryCollection',
      geometries: [{ type: 'Point', coordinates: p }],
    })),
  } satisfies Record<GeometryType, fc.Arbitrary<unknown>>;
}

type WellFormed = { type: string; coordinates?: unknown };

/** Gives the `index`th position of a geometry (depth first) an altitude, or two numbers more. */
export function withAltitude(geometry: WellFormed, index: number, extra: readonly number[]) {
  const positions: { path: string; position: number[] }[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value) && typeof value[0] === 'number')
      positions.push({ path, position: value });
    else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    }
  };
  const copy = structuredClone(geometry);
  walk(copy.coordinates, 'coordinates');
  const chosen = positions[index % positions.length];
  chosen?.position.push(...extra);
  return { geometry: copy, path: chosen?.path ?? '', dimensions: 2 + extra.length };
}
