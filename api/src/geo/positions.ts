import type { ErrorParams } from '../errors/domain-error.js';
import { axisProblem, finiteProblem, show } from './coordinates.js';
import type { GeoReason } from './geo.errors.js';
import type { Position } from './geojson.types.js';

/** A structural fault in a geometry; its message starts with the path, e.g. `coordinates[0][3]`. */
export class ShapeError extends Error {
  constructor(
    message: string,
    readonly reason: GeoReason = 'GEOMETRY_MALFORMED',
    readonly params?: ErrorParams,
  ) {
    super(message);
  }
}

/** The fault of a geometry with more than `max` positions. */
export const tooManyVertices = (max: number) =>
  new ShapeError(`has more than ${max} vertices, the most allowed`, 'GEOMETRY_TOO_MANY_VERTICES', {
    max,
  });

export type Parser<T> = (value: unknown, path: string) => T;

/** Reads an array whose items each pass `item`; holes in a sparse array are read as undefined. */
export function list<T>(value: unknown, path: string, item: Parser<T>): T[] {
  if (value === undefined) throw new ShapeError(`${path} is missing`);
  if (!Array.isArray(value)) throw new ShapeError(`${path} must be an array, not ${show(value)}`);
  return Array.from(value, (v, i) => item(v, `${path}[${i}]`));
}

export function nonEmpty<T>(items: T[], path: string, what: string): T[] {
  if (items.length === 0) throw new ShapeError(`${path} is empty; it needs at least one ${what}`);
  return items;
}

/**
 * Reads the two numbers of a flat position, `[x, y]` named by `axes`. A third or fourth
 * (altitude, measure) is refused with GEOMETRY_3D_NOT_ALLOWED rather than dropped: the client
 * would not learn that what it sent was changed.
 */
export function flatPair(value: unknown, path: string, axes: string): [unknown, unknown] {
  if (!Array.isArray(value) || value.length < 2) {
    throw new ShapeError(`${path} must be [${axes}], not ${show(value)}`);
  }
  if (value.length > 2) {
    throw new ShapeError(
      `${path} has ${value.length} coordinates; give [${axes}] only`,
      'GEOMETRY_3D_NOT_ALLOWED',
      { path, dimensions: value.length },
    );
  }
  return [value[0], value[1]];
}

/** A position in degrees, `[longitude, latitude]`, each in range; no altitude. */
export const position: Parser<Position> = (value, path) => {
  const [lon, lat] = flatPair(value, path, 'longitude, latitude');
  const problem = axisProblem('longitude', lon) ?? axisProblem('latitude', lat);
  if (problem) throw new ShapeError(`${path} ${problem}`);
  return [lon as number, lat as number];
};

/**
 * A reader of a file's positions that takes `[x, y, altitude]` too and drops the altitude,
 * after checking it is a number: GIS exports of plans often carry Z (mostly 0), and a zone is
 * flat. Four numbers or more stay refused.
 */
export function withAltitudeDropped(read: Parser<Position>): Parser<Position> {
  return (value, path) => {
    if (!Array.isArray(value) || value.length !== 3) return read(value, path);
    const problem = finiteProblem('altitude', value[2]);
    if (problem) throw new ShapeError(`${path} ${problem}`);
    return read(value.slice(0, 2), path);
  };
}

/** A line: at least 2 positions, each read by `point`. */
export function lineOf(point: Parser<Position>): Parser<Position[]> {
  return (value, path) => {
    const positions = list(value, path, point);
    if (positions.length < 2) {
      throw new ShapeError(`${path} has ${positions.length} position(s); a line needs at least 2`);
    }
    return positions;
  };
}

/** A closed ring of at least 4 positions, each read by `point` (degrees, or another CRS's). */
export function ringOf<P extends readonly unknown[]>(point: Parser<P>): Parser<P[]> {
  return (value, path) => {
    const positions = list(value, path, point);
    if (positions.length < 4) {
      throw new ShapeError(
        `${path} has ${positions.length} position(s); a polygon ring needs at least 4, the last repeating the first`,
      );
    }
    const first = positions[0] ?? [];
    const last = positions[positions.length - 1] ?? [];
    if (first.length !== last.length || first.some((n, i) => n !== last[i])) {
      throw new ShapeError(
        `${path} is not closed: its first position [${first}] differs from its last [${last}]`,
      );
    }
    return positions;
  };
}

/** A polygon: one or more rings of positions read by `point`. */
export function polygonOf<P extends readonly unknown[]>(point: Parser<P>): Parser<P[][]> {
  const ring = ringOf(point);
  return (value, path) => nonEmpty(list(value, path, ring), path, 'ring');
}
