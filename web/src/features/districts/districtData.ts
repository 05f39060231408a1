import { type Bounds, geometryBounds, unionBounds } from '../../map/bounds';
import type { AreaFeatures } from '../../map/useAreaLayers';
import type { District } from './districts.queries';

const collator = new Intl.Collator('pl');

export type DistrictData = {
  /** Sorted by name, the Polish way (Ś after S, Ż last). */
  list: District[];
  features: AreaFeatures;
  boundsById: ReadonlyMap<string, Bounds>;
  /** Box around every district, or null when there are none. */
  allBounds: Bounds | null;
};

/** What the list and the map need from the districts the API answered. */
export function districtData(districts: readonly District[]): DistrictData {
  const list = [...districts].sort((a, b) => collator.compare(a.name, b.name));
  const boundsById = new Map<string, Bounds>();
  for (const district of list) {
    const bounds = geometryBounds(district.geometry);
    if (bounds) boundsById.set(district.id, bounds);
  }
  return {
    list,
    features: {
      type: 'FeatureCollection',
      features: list.map(({ id, name, geometry }) => ({
        type: 'Feature',
        properties: { id, name },
        geometry,
      })),
    },
    boundsById,
    allBounds: unionBounds([...boundsById.values()]),
  };
}
