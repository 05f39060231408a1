import type { FeatureCollection, Geometry } from 'geojson';
import { designationColor } from '../consultation/planPalette';

/** A zone as the preview shows it, in EPSG:4326 whatever the file's CRS. */
export type PreviewZone = {
  symbol: string;
  designationCode: string;
  designationName: string;
  geometry: Geometry;
};

export type DesignationGroup = {
  code: string;
  name: string;
  color: string;
  symbols: string[];
};

/** The zones' designations, once each in the order they first come, with their zones' symbols. */
export function designationGroups(zones: readonly PreviewZone[]): DesignationGroup[] {
  const groups = new Map<string, DesignationGroup>();
  for (const zone of zones) {
    const group = groups.get(zone.designationCode) ?? {
      code: zone.designationCode,
      name: zone.designationName,
      color: designationColor(zone.designationCode),
      symbols: [],
    };
    group.symbols.push(zone.symbol);
    groups.set(zone.designationCode, group);
  }
  return [...groups.values()];
}

/** The zones as map features, each carrying its designation's colour. */
export function zoneFeatures(zones: readonly PreviewZone[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: zones.map((zone, index) => ({
      type: 'Feature',
      id: index,
      properties: { id: index, symbol: zone.symbol, color: designationColor(zone.designationCode) },
      geometry: zone.geometry,
    })),
  };
}
