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

export const position: Parser<Position> = (value, path) => {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    throw new ShapeError(
      `${path} must be [longitude, latitude] or [longitude, latitude, altitude], not ${show(value)}`,
    );
  }
  const [lon, lat, alt] = value;
  const problem =
    axisProblem('longitude', lon) ??
    axisProblem('latitude', lat) ??
    (value.length === 3 ? finiteProblem('altitude', alt) : undefined);
  if (problem) throw new ShapeError(`${path} ${problem}`);
  return value.length === 3 ? [lon, lat, alt] : [lon, lat];
};

export const lineString: Parser<Position[]> = (value, path) => {
  const positions = list(value, path, position);
  if (positions.length < 2) {
    throw new ShapeError(`${path} has ${positions.length} position(s); a line needs at least 2`);
  }
  return positions;
};

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

export const linearRing = ringOf(position);
export const polygon = polygonOf(position);
