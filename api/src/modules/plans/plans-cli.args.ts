import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { DomainError } from '../../errors/domain-error.js';
import { PlanKind, PlanStage } from '../../generated/prisma/enums.js';
import { declaredCrs, PlanCrs } from './plan.crs.js';
import type { PlanImportInput } from './plan.input.js';

/** Arguments or a file the plans CLI cannot act on: exit code 2, with usage on stderr. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const importUsage = `usage: npm run plans -w api -- import <file.geojson> --consultation <id> [options]
  --crs 4326|2180   the file's coordinates; by default as the file declares, else 4326
  --kind ${Object.keys(PlanKind).join('|')}   (LOCAL_PLAN)
  --name "…"        by default the file's "name", else the file name
  --stage ${Object.keys(PlanStage).join('|')}   (DRAFT_FOR_CONSULTATION)
  --version "…"     ("1")
Imports as the system (audited with no actor) and prints the plan id and zone count.
Exit codes: 0 imported; 1 the plan is invalid (every faulty feature listed); 2 bad arguments or file.`;

function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')}, not "${value}"`);
}

function crsOption(value: string | undefined): PlanCrs | undefined {
  if (value === undefined) return undefined;
  const code = /^(?:EPSG[:_]?)?(4326|2180)$/i.exec(value)?.[1];
  if (!code) throw new UsageError(`--crs must be 4326 or 2180, not "${value}"`);
  return code === '4326' ? PlanCrs.EPSG_4326 : PlanCrs.EPSG_2180;
}

/** Reads `import <file> --consultation <id> …`; `readFile` gives the file's text. */
export function parseImportArgs(args: string[], readFile: (path: string) => string) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: Object.fromEntries(
      ['consultation', 'crs', 'kind', 'name', 'stage', 'version'].map((o) => [
        o,
        { type: 'string' },
      ]),
    ) as Record<string, { type: 'string' }>,
  });
  const [path, ...extra] = positionals;
  if (!path) throw new UsageError('import needs a .geojson file');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const consultationId = values.consultation;
  if (!consultationId) throw new UsageError('--consultation <id> is needed');
  const crs = crsOption(values.crs);
  const kind = oneOf('kind', values.kind, Object.values(PlanKind), PlanKind.LOCAL_PLAN);
  const stage = oneOf(
    'stage',
    values.stage,
    Object.values(PlanStage),
    PlanStage.DRAFT_FOR_CONSULTATION,
  );
  const features = readCollection(path, readFile);
  const declared = fileCrs(features, path);
  if (crs && declared && crs !== declared) {
    throw new UsageError(`--crs is ${crs}, but ${path} declares ${declared}`);
  }
  const input: PlanImportInput = {
    kind,
    stage,
    name: values.name ?? fileName(features, path),
    version: values.version ?? null,
    crs: crs ?? declared ?? PlanCrs.EPSG_4326,
    features,
  };
  return { consultationId, input };
}

function readCollection(path: string, readFile: (path: string) => string) {
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not JSON: ${(error as Error).message}`);
  }
  if ((json as { type?: unknown } | null)?.type !== 'FeatureCollection') {
    throw new UsageError(`${path} is not a GeoJSON FeatureCollection`);
  }
  return json as { type: 'FeatureCollection'; name?: unknown };
}

function fileCrs(collection: unknown, path: string) {
  try {
    return declaredCrs(collection, path);
  } catch (error) {
    if (error instanceof DomainError) throw new UsageError(error.message);
    throw error;
  }
}

// GDAL writes the layer name as the collection's `name`.
function fileName(collection: { name?: unknown }, path: string) {
  const { name } = collection;
  return typeof name === 'string' && name.trim() ? name : basename(path, extname(path));
}
