import { badInput, DomainError } from '../../errors/domain-error.js';
import { show } from '../../geo/coordinates.js';
import { countVertices } from '../../geo/vertex-count.js';
import { fitsCrs, PlanCrs } from './plan.crs.js';
import { parseZoneGeometry, type ZoneGeometry } from './zone-geometry.js';
import { readParameters, type ZoneParameterValue } from './zone-parameters.js';

/** A zone read from one feature, ready to insert; `index` is the feature's place in the file. */
export type ZoneDraft = {
  index: number;
  symbol: string;
  designationCode: string;
  designationName: string;
  geometry: ZoneGeometry;
  parameters: ZoneParameterValue[];
};

export type FeatureProblem = { index: number; reason: string };

export const importLimits = { maxFeatures: 2_000, maxTotalVertices: 500_000 } as const;

const field = 'input.features';
// The plan_zone.designation_code check: MW, KD-Z, U/MW, R.1…
const designationCode = /^[A-Z][A-Za-z0-9./-]{0,15}$/;

/**
 * Reads a FeatureCollection of zones. A fault of the whole collection (not a collection, empty,
 * too large, coordinates plainly in the other CRS) throws; faults of single features are all
 * collected, so that one error can list them. Duplicate symbols count as faults of the later one.
 * `zones` has every feature whose geometry is sound, faulty properties or not, so that PostGIS
 * can still judge its validity.
 */
export function readFeatures(value: unknown, crs: PlanCrs, maxVertices: number) {
  const features = featureList(value);
  checkCrsGuess(features, crs);
  const zones: ZoneDraft[] = [];
  const problems: FeatureProblem[] = [];
  const firstWithSymbol = new Map<string, number>();
  features.forEach((feature, index) => {
    const read = readFeature(feature, crs, maxVertices);
    problems.push(...read.problems.map((reason) => ({ index, reason })));
    const { symbol } = read;
    if (symbol) {
      const first = firstWithSymbol.get(symbol);
      if (first !== undefined) {
        problems.push({ index, reason: `symbol "${symbol}" repeats features[${first}]` });
      } else firstWithSymbol.set(symbol, index);
    }
    if (read.zone) zones.push({ index, ...read.zone });
  });
  return { zones, problems, count: features.length };
}

function featureList(value: unknown): unknown[] {
  const collection = value as { type?: unknown; features?: unknown } | null;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw badInput(
      field,
      `must be a GeoJSON FeatureCollection, not ${show(collection?.type ?? value)}`,
    );
  }
  const { features } = collection;
  if (features.length === 0)
    throw badInput(field, 'has no features; a plan needs one zone or more');
  if (features.length > importLimits.maxFeatures) {
    const { maxFeatures: max } = importLimits;
    const problem = `has ${features.length} features; the most is ${max}`;
    throw badInput(field, problem, 'PLAN_TOO_MANY_FEATURES', { max });
  }
  let total = 0;
  for (const feature of features) {
    const geometry = (feature as { geometry?: unknown } | null)?.geometry;
    if (typeof geometry === 'object' && geometry !== null) {
      total += countVertices(geometry as Record<string, unknown>, importLimits.maxTotalVertices);
    }
    if (total > importLimits.maxTotalVertices) {
      const { maxTotalVertices: max } = importLimits;
      const problem = `has more than ${max} vertices in all, the most allowed`;
      throw badInput(field, problem, 'GEOMETRY_TOO_MANY_VERTICES', { max });
    }
  }
  return features;
}

// A whole file in the other CRS would otherwise list every feature as out of range.
function checkCrsGuess(features: unknown[], crs: PlanCrs) {
  let position = (features[0] as { geometry?: { coordinates?: unknown } } | null)?.geometry
    ?.coordinates;
  while (Array.isArray(position) && Array.isArray(position[0])) position = position[0];
  const other = crs === PlanCrs.EPSG_4326 ? PlanCrs.EPSG_2180 : PlanCrs.EPSG_4326;
  if (!fitsCrs(crs, position) && fitsCrs(other, position)) {
    const problem = `the coordinates look like ${other} (e.g. [${position}]); set crs: ${other}`;
    throw badInput('input.crs', problem, 'PLAN_CRS_MISMATCH', { crs: other });
  }
}

type FeatureRead = { symbol?: string; zone?: Omit<ZoneDraft, 'index'>; problems: string[] };

function readFeature(feature: unknown, crs: PlanCrs, maxVertices: number): FeatureRead {
  const object = feature as { type?: unknown; properties?: unknown; geometry?: unknown } | null;
  if (typeof object !== 'object' || object === null || object.type !== 'Feature') {
    return { problems: [`is not a GeoJSON Feature but ${show(object?.type ?? object)}`] };
  }
  const properties = (typeof object.properties === 'object' ? object.properties : null) ?? {};
  const problems: string[] = [];
  const text = (key: string, max: number, pattern?: RegExp) => {
    const value = (properties as Record<string, unknown>)[key];
    const trimmed = typeof value === 'string' ? value.trim() : '';
    if (value === undefined || value === null) problems.push(`${key} is missing`);
    else if (typeof value !== 'string') problems.push(`${key} must be text, not ${show(value)}`);
    else if (!trimmed) problems.push(`${key} is blank`);
    else if (trimmed.length > max) problems.push(`${key} is longer than ${max} characters`);
    else if (pattern && !pattern.test(trimmed)) {
      problems.push(
        `${key} ${show(trimmed)} must be a capital letter then up to 15 letters, digits or . / -`,
      );
    }
    return trimmed;
  };
  const symbol = text('symbol', 40);
  const code = text('designationCode', 16, designationCode);
  const name = text('designationName', 300);
  const { parameters, problems: parameterProblems } = readParameters(
    (properties as Record<string, unknown>).parameters,
  );
  problems.push(...parameterProblems);
  const geometry = readGeometry(object.geometry, crs, maxVertices, problems);
  if (!geometry) return { symbol, problems };
  const zone = { symbol, designationCode: code, designationName: name, geometry, parameters };
  return { symbol, zone, problems };
}

function readGeometry(value: unknown, crs: PlanCrs, maxVertices: number, problems: string[]) {
  try {
    return parseZoneGeometry(value, crs, 'geometry', maxVertices);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    // "geometry: type MultiPoint is not allowed…" reads, in the list, as "geometry type …".
    problems.push(err.message.replace(/^geometry: /, 'geometry '));
    return undefined;
  }
}
