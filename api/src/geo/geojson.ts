import { badInput } from '../errors/domain-error.js';
import { show } from './coordinates.js';
import {
  type Geometry,
  type GeometryType,
  isGeometryType,
  isSingleGeometryType,
  type Position,
  type SingleGeometry,
  type SingleGeometryType,
} from './geojson.types.js';
import {
  lineOf,
  list,
  nonEmpty,
  type Parser,
  polygonOf,
  position,
  ShapeError,
  tooManyVertices,
  withAltitudeDropped,
} from './positions.js';
import { countVertices } from './vertex-count.js';

export type * from './geojson.types.js';

export type ParseGeometryOptions<T extends GeometryType> = {
  /** The argument path named in errors, e.g. `point` or `input.geometry`. */
  field: string;
  /** The types this field takes; members of a GeometryCollection are held to the same list. */
  allowed: readonly T[];
  /** The most positions the whole geometry may have; 10,000 unless given. */
  maxVertices?: number;
  /**
   * What a third number in a position (an altitude) gets: refused (GEOMETRY_3D_NOT_ALLOWED)
   * unless told, or dropped, for files from GIS software (plan imports) that carry Z.
   */
  altitude?: 'refuse' | 'drop';
};

export const defaultMaxVertices = 10_000;

type CoordinateParsers = { [K in SingleGeometryType]: Parser<unknown> };

function coordinateParsersOf(point: Parser<Position>): CoordinateParsers {
  const line = lineOf(point);
  const polygon = polygonOf(point);
  return {
    Point: point,
    MultiPoint: (value, path) => nonEmpty(list(value, path, point), path, 'position'),
    LineString: line,
    MultiLineString: (value, path) => nonEmpty(list(value, path, line), path, 'line'),
    Polygon: polygon,
    MultiPolygon: (value, path) => nonEmpty(list(value, path, polygon), path, 'polygon'),
  };
}

const coordinateParsers: Record<'refuse' | 'drop', CoordinateParsers> = {
  refuse: coordinateParsersOf(position),
  drop: coordinateParsersOf(withAltitudeDropped(position)),
};

/**
 * Reads a GeoJSON geometry (EPSG:4326, longitude first) from untrusted input, or throws a
 * BAD_USER_INPUT DomainError (GEOMETRY_… reasons) naming `field` and where the fault is, e.g.
 * `point: coordinates[0][3] latitude 95 is out of range -90..90`.
 *
 * Checks the type against `allowed`, the size against `maxVertices` (counted before any deep
 * work), the nesting of `coordinates`, each position's range and flatness (see `altitude`),
 * line lengths and ring closure.
 * Self-intersection is left to PostGIS (`assertValidGeometry`). The result is a fresh object:
 * foreign members such as `crs` and `bbox` are dropped, so PostGIS never reads another CRS.
 */
export function parseGeometry<T extends GeometryType>(
  value: unknown,
  options: ParseGeometryOptions<T>,
): Extract<Geometry, { type: T }> {
  const { field, allowed, maxVertices = defaultMaxVertices, altitude = 'refuse' } = options;
  try {
    const object = geometryObject(value, '', allowed);
    if (countVertices(object, maxVertices) > maxVertices) {
      throw tooManyVertices(maxVertices);
    }
    const parsers = coordinateParsers[altitude];
    return readGeometry(object, '', allowed, parsers) as Extract<Geometry, { type: T }>;
  } catch (err) {
    if (err instanceof ShapeError) throw badInput(field, err.message, err.reason, err.params);
    throw err;
  }
}

type GeometryObject = Record<string, unknown> & { type: GeometryType };

function geometryObject(value: unknown, at: string, allowed: readonly GeometryType[]) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ShapeError(`${at}must be a GeoJSON geometry object, not ${show(value)}`);
  }
  const { type } = value as Record<string, unknown>;
  if (type === 'Feature' || type === 'FeatureCollection') {
    throw new ShapeError(`${at}type ${type} is not a geometry; send the geometry itself`);
  }
  if (!isGeometryType(type)) {
    throw new ShapeError(`${at}type ${show(type)} is not a GeoJSON geometry type`);
  }
  if (!allowed.includes(type)) {
    throw new ShapeError(
      `${at}type ${type} is not allowed here; use one of ${allowed.join(', ')}`,
      'GEOMETRY_TYPE_NOT_ALLOWED',
      { allowed: allowed.join(', ') },
    );
  }
  return value as GeometryObject;
}

function readGeometry(
  object: GeometryObject,
  at: string,
  allowed: readonly GeometryType[],
  parsers: CoordinateParsers,
) {
  if (object.type !== 'GeometryCollection') return readSingle(object, at, parsers);
  const path = `${at}geometries`;
  // RFC 7946 §3.1.8 advises against nested collections; refusing them also bounds recursion.
  const single = allowed.filter((type) => type !== 'GeometryCollection');
  const members = list(object.geometries, path, (member, memberPath) =>
    readSingle(geometryObject(member, `${memberPath}.`, single), `${memberPath}.`, parsers),
  );
  return { type: object.type, geometries: nonEmpty(members, path, 'geometry') };
}

function readSingle(object: GeometryObject, at: string, parsers: CoordinateParsers) {
  const { type } = object;
  if (!isSingleGeometryType(type)) throw new ShapeError(`${at}type ${type} cannot be nested`);
  const coordinates = parsers[type](object.coordinates, `${at}coordinates`);
  return { type, coordinates } as SingleGeometry;
}
