import DataLoader from 'dataloader';
import { badInput } from '../errors/domain-error.js';
import type { Geometry } from './geojson.js';

const maxSimplify = 0.1;

/** Describes the `simplify` argument of every geometry field. */
export const simplifyArgument = {
  nullable: true,
  description: `Simplification tolerance in degrees (0 to ${maxSimplify}), for lighter map payloads.`,
} as const;

/** The `simplify` argument of a geometry field, in degrees; 0 (as stored) when not given. */
export function checkSimplify(simplify: number | null | undefined): number {
  const tolerance = simplify ?? 0;
  if (!(tolerance >= 0 && tolerance <= maxSimplify)) {
    throw badInput(
      'simplify',
      `must be between 0 and ${maxSimplify} degrees`,
      'INPUT_OUT_OF_RANGE',
      {
        min: 0,
        max: maxSimplify,
      },
    );
  }
  return tolerance;
}

export type SimplifiedKey = { id: string; tolerance: number };

/**
 * A per-request loader of geometries by id at a tolerance: one query per tolerance asked for
 * in the request, however many rows ask.
 */
export function simplifiedGeometryLoader(
  select: (ids: string[], tolerance: number) => Promise<{ id: string; geometry: Geometry }[]>,
) {
  const key = (k: SimplifiedKey) => `${k.id}@${k.tolerance}`;
  return new DataLoader<SimplifiedKey, Geometry | null, string>(
    async (keys) => {
      const found = new Map<string, Geometry>();
      for (const tolerance of new Set(keys.map((k) => k.tolerance))) {
        const ids = keys.filter((k) => k.tolerance === tolerance).map((k) => k.id);
        for (const row of await select(ids, tolerance))
          found.set(key({ id: row.id, tolerance }), row.geometry);
      }
      return keys.map((k) => found.get(key(k)) ?? null);
    },
    { cacheKeyFn: key },
  );
}
