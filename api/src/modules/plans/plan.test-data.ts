import { readFileSync } from 'node:fs';

/** The sample plan (see fixtures/README.md), as parsed JSON, in EPSG:2180 or EPSG:4326. */
export function samplePlan(epsg: 2180 | 4326) {
  const url = new URL(`./fixtures/mokotow-plan.epsg${epsg}.geojson`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as {
    type: 'FeatureCollection';
    name: string;
    features: { properties: Record<string, unknown>; geometry: { type: string } }[];
  };
}

export const samplePlanPath = (epsg: 2180 | 4326) =>
  new URL(`./fixtures/mokotow-plan.epsg${epsg}.geojson`, import.meta.url).pathname;

const ring = (lon: number, lat: number, size: number) => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

/** A valid MW zone: a square of about 55 m in Mokotów, the `i`th of a 10-wide grid. */
export function squareZone(i: number, properties: Record<string, unknown> = {}) {
  const lon = 21.005 + (i % 10) * 0.001;
  const lat = 52.195 + Math.floor(i / 10) * 0.001;
  return {
    type: 'Feature',
    properties: {
      symbol: `${i + 1}MW`,
      designationCode: 'MW',
      designationName: 'zabudowa mieszkaniowa wielorodzinna',
      parameters: { maxBuildingHeight: 25, maxIntensity: 2.5 },
      ...properties,
    },
    geometry: { type: 'Polygon', coordinates: [ring(lon, lat, 0.0008)] },
  };
}

/** A self-intersecting square (a bowtie) where the `i`th square would be. */
export function bowtie(i: number) {
  const zone = squareZone(i);
  const [a, b, c, d] = zone.geometry.coordinates[0] ?? [];
  return { ...zone, geometry: { type: 'Polygon', coordinates: [[a, c, b, d, a]] } };
}

export const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features });
