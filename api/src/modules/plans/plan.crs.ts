import { registerEnumType } from 'type-graphql';
import { badInput } from '../../errors/domain-error.js';
import { finiteProblem, show } from '../../geo/coordinates.js';
import type { Position } from '../../geo/geojson.types.js';
import {
  flatPair,
  type Parser,
  position,
  ShapeError,
  withAltitudeDropped,
} from '../../geo/positions.js';

/** The coordinate systems a plan may come in; the API and the database keep EPSG:4326. */
export enum PlanCrs {
  EPSG_4326 = 'EPSG_4326',
  EPSG_2180 = 'EPSG_2180',
}

registerEnumType(PlanCrs, {
  name: 'PlanCrs',
  description:
    'EPSG_4326: longitude, latitude in degrees. EPSG_2180 (PUWG 1992, Polish plan data): ' +
    'easting, northing in metres, transformed to EPSG:4326 on import.',
});

export const sridOf: Readonly<Record<PlanCrs, number>> = { EPSG_4326: 4326, EPSG_2180: 2180 };

// Poland's extent in EPSG:2180 with a margin; degrees (|x| ≤ 180) fall far outside it.
const puwg1992 = { easting: [100_000, 900_000], northing: [100_000, 950_000] } as const;

function axisProblem(axis: keyof typeof puwg1992, value: unknown) {
  const [min, max] = puwg1992[axis];
  return (
    finiteProblem(axis, value) ??
    ((value as number) < min || (value as number) > max
      ? `${axis} ${value} is out of range ${min}..${max} for EPSG:2180`
      : undefined)
  );
}

const puwg1992Point: Parser<Position> = (value, path) => {
  const [x, y] = flatPair(value, path, 'easting, northing');
  const problem = axisProblem('easting', x) ?? axisProblem('northing', y);
  if (problem) throw new ShapeError(`${path} ${problem}`);
  return [x as number, y as number];
};

/** A position in EPSG:2180, easting first as GeoJSON has it, within Poland; an altitude is dropped. */
export const puwg1992Position = withAltitudeDropped(puwg1992Point);

/** A plan file's position in degrees; an altitude is dropped, as in EPSG:2180. */
const degreesPosition = withAltitudeDropped(position);

/** Whether a position is plausible in `crs`: catches degrees sent as EPSG:2180 and metres as 4326. */
export function fitsCrs(crs: PlanCrs, value: unknown): boolean {
  try {
    (crs === PlanCrs.EPSG_2180 ? puwg1992Position : degreesPosition)(value, '');
    return true;
  } catch {
    return false;
  }
}

/**
 * The CRS a GeoJSON file declares in the pre-RFC 7946 `crs` member (GDAL still writes it),
 * e.g. `urn:ogc:def:crs:EPSG::2180`; undefined when it declares none.
 */
export function declaredCrs(collection: unknown, field: string): PlanCrs | undefined {
  const name = (collection as { crs?: { properties?: { name?: unknown } } } | null)?.crs?.properties
    ?.name;
  if (name === undefined) return undefined;
  if (typeof name === 'string') {
    if (/CRS84$|EPSG:{1,2}4326$/i.test(name)) return PlanCrs.EPSG_4326;
    if (/EPSG:{1,2}2180$/i.test(name)) return PlanCrs.EPSG_2180;
  }
  const shown = typeof name === 'string' ? JSON.stringify(name.slice(0, 100)) : show(name);
  const problem = `declares the CRS ${shown}; only EPSG:4326 and EPSG:2180 are taken`;
  throw badInput(field, problem, 'PLAN_CRS_UNSUPPORTED');
}
