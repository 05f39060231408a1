/** The coordinate systems a plan file may come in (the API's PlanCrs). */
export type PlanCrs = 'EPSG_4326' | 'EPSG_2180';

export type PlanFile = {
  /** The parsed FeatureCollection, sent to the API as it is. */
  collection: { type: 'FeatureCollection'; features: unknown[]; name?: unknown };
  featureCount: number;
  /** The CRS the file declares in its `crs` member (as GDAL writes it). */
  declaredCrs: PlanCrs | null;
  /** The CRS its first position looks like: degrees or PUWG 1992 metres. */
  guessedCrs: PlanCrs | null;
  /** The file's own name for the plan (its `name` member), to offer as the plan's name. */
  name: string | null;
};

export type PlanFileProblem = 'notJson' | 'notCollection' | 'noFeatures' | 'crsUnsupported';

export type PlanFileRead = { file: PlanFile } | { problem: PlanFileProblem };

/** `urn:ogc:def:crs:EPSG::2180`, `EPSG:4326`, OGC's CRS84…; undefined when none is declared. */
function declared(collection: {
  crs?: { properties?: { name?: unknown } };
}): PlanCrs | null | undefined {
  const name = collection.crs?.properties?.name;
  if (name === undefined) return null;
  if (typeof name !== 'string') return undefined;
  if (/CRS84$|EPSG:{1,2}4326$/i.test(name)) return 'EPSG_4326';
  if (/EPSG:{1,2}2180$/i.test(name)) return 'EPSG_2180';
  return undefined;
}

function firstPosition(value: unknown): [number, number] | null {
  if (!Array.isArray(value)) return null;
  if (typeof value[0] === 'number' && typeof value[1] === 'number') return [value[0], value[1]];
  for (const item of value) {
    const found = firstPosition(item);
    if (found) return found;
  }
  return null;
}

/** Degrees fit ±180/±90; PUWG 1992 puts Poland at eastings 100–900 km, northings 100–950 km. */
export function guessCrs(features: readonly unknown[]): PlanCrs | null {
  for (const feature of features) {
    const geometry = (feature as { geometry?: { coordinates?: unknown } } | null)?.geometry;
    const position = firstPosition(geometry?.coordinates);
    if (!position) continue;
    const [x, y] = position;
    if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return 'EPSG_4326';
    if (x >= 100_000 && x <= 900_000 && y >= 100_000 && y <= 950_000) return 'EPSG_2180';
    return null;
  }
  return null;
}

/** Reads a GeoJSON file's text: a FeatureCollection with features, its CRS where known. */
export function readPlanFile(text: string): PlanFileRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'notJson' };
  }
  const collection = parsed as PlanFile['collection'] | null;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return { problem: 'notCollection' };
  }
  if (collection.features.length === 0) return { problem: 'noFeatures' };
  const crs = declared(collection as never);
  if (crs === undefined) return { problem: 'crsUnsupported' };
  const name = typeof collection.name === 'string' ? collection.name.trim().slice(0, 300) : '';
  return {
    file: {
      collection,
      featureCount: collection.features.length,
      declaredCrs: crs,
      guessedCrs: guessCrs(collection.features),
      name: name || null,
    },
  };
}
