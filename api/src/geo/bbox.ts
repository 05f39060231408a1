import { badInput } from '../errors/domain-error.js';
import { axisProblem, show } from './coordinates.js';
import type { Polygon } from './geojson.types.js';

/**
 * A longitude/latitude box in EPSG:4326, ordered west, south, east, north like GeoJSON's
 * `bbox`. A box may be empty (west = east or south = north: a line or a point).
 *
 * A box crossing the antimeridian (west > east) is refused rather than wrapped: nothing here
 * lies near it, and PostGIS's ST_MakeEnvelope would silently build the box's complement.
 * Split such a box in two.
 */
export class BBox {
  /** @throws RangeError when the box breaks an invariant; use `parseBBox` for user input. */
  constructor(
    readonly west: number,
    readonly south: number,
    readonly east: number,
    readonly north: number,
  ) {
    const problem = bboxProblem(west, south, east, north);
    if (problem) throw new RangeError(`Invalid BBox: ${problem}`);
  }

  /** `[west, south, east, north]`, the order of GeoJSON's `bbox` and of ST_MakeEnvelope. */
  toArray(): [west: number, south: number, east: number, north: number] {
    return [this.west, this.south, this.east, this.north];
  }

  /** The box as a GeoJSON Polygon, for spatial filters that take a geometry. */
  toPolygon(): Polygon {
    const { west: w, south: s, east: e, north: n } = this;
    return {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    };
  }
}

/**
 * Reads `[west, south, east, north]` from untrusted input, or throws a BBOX_INVALID
 * DomainError naming `field`, e.g. `bbox: south 60 is north of north 50`.
 */
export function parseBBox(value: unknown, field: string): BBox {
  if (!Array.isArray(value) || value.length !== 4) {
    throw badInput(field, `must be [west, south, east, north], not ${show(value)}`, 'BBOX_INVALID');
  }
  const [west, south, east, north] = value;
  const problem = bboxProblem(west, south, east, north);
  if (problem) throw badInput(field, problem, 'BBOX_INVALID');
  return new BBox(west, south, east, north);
}

function bboxProblem(west: unknown, south: unknown, east: unknown, north: unknown) {
  const problem =
    axisProblem('longitude', west, 'west') ??
    axisProblem('latitude', south, 'south') ??
    axisProblem('longitude', east, 'east') ??
    axisProblem('latitude', north, 'north');
  if (problem) return problem;
  if ((south as number) > (north as number)) return `south ${south} is north of north ${north}`;
  if ((west as number) > (east as number)) {
    return `west ${west} is east of east ${east}; boxes crossing the antimeridian are not supported, split it in two`;
  }
  return undefined;
}
