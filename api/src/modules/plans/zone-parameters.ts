import { show } from '../../geo/coordinates.js';

/** One parameter as stored: numbers stay numbers, so that SQL can compare them. */
export type ZoneParameterValue = { key: string; value: number | string; unit: string | null };

// The usual units of the usual parameters, for files that give bare `key: value` pairs.
const usualUnits: Readonly<Record<string, string>> = {
  maxBuildingHeight: 'm',
  minBuildingHeight: 'm',
  maxBuildingCoverage: '%',
  minBiologicallyActiveShare: '%',
  minPlotArea: 'm²',
  minFrontageWidth: 'm',
  widthBetweenLines: 'm',
};

const maxParameters = 100;

/**
 * Reads a zone's `parameters`: an object of key → number or text (units as usual for the key),
 * or an array of `{ key, value, unit }`. Returns what it read and every problem it found.
 */
export function readParameters(value: unknown): {
  parameters: ZoneParameterValue[];
  problems: string[];
} {
  if (value === undefined || value === null) return { parameters: [], problems: [] };
  const entries = Array.isArray(value)
    ? value.map((item, i) => readItem(item, `parameters[${i}]`))
    : typeof value === 'object'
      ? Object.entries(value).map(([key, v]) => readPair(key, v, `parameters.${key}`))
      : [
          {
            problem: `parameters must be an object or an array of {key, value, unit}, not ${show(value)}`,
          },
        ];
  const problems = entries.flatMap((e) => ('problem' in e ? [e.problem] : []));
  const parameters = entries.flatMap((e) => ('problem' in e ? [] : [e]));
  if (parameters.length > maxParameters) {
    problems.push(`parameters has ${parameters.length} entries; the most is ${maxParameters}`);
  }
  const seen = new Set<string>();
  for (const { key } of parameters) {
    if (seen.has(key)) problems.push(`parameters has "${key}" twice`);
    seen.add(key);
  }
  return { parameters, problems };
}

type Entry = ZoneParameterValue | { problem: string };

function readItem(item: unknown, path: string): Entry {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return { problem: `${path} must be {key, value, unit}, not ${show(item)}` };
  }
  const { key, value, unit } = item as Record<string, unknown>;
  if (typeof key !== 'string' || !key.trim() || key.length > 80) {
    return { problem: `${path}.key must be text of 1 to 80 characters, not ${show(key)}` };
  }
  if (unit !== undefined && unit !== null && (typeof unit !== 'string' || unit.length > 30)) {
    return { problem: `${path}.unit must be text of up to 30 characters, not ${show(unit)}` };
  }
  const read = readPair(key.trim(), value, `${path}.value`);
  return 'problem' in read ? read : { ...read, unit: (unit as string | null)?.trim() || null };
}

function readPair(key: string, value: unknown, path: string): Entry {
  if (!key.trim()) return { problem: `${path}: a parameter key is blank` };
  const unit = usualUnits[key] ?? null;
  if (typeof value === 'number' && Number.isFinite(value)) return { key, value, unit };
  if (typeof value === 'string' && value.trim() && value.length <= 500) {
    return { key, value: value.trim(), unit };
  }
  return {
    problem: `${path} must be a finite number or text of 1 to 500 characters, not ${show(value)}`,
  };
}
