import type { Geometry } from '../../geo/geojson.js';
import type { Hotspot } from './places.js';
import type { Random } from './random.js';

const stances = ['SUPPORT', 'OBJECTION', 'OBJECTION', 'PROPOSAL', 'PROPOSAL', 'QUESTION'] as const;
const metresPerDegree = 111_320;

export type DemoComment = {
  authorIndex: number;
  body: string;
  geometry: Geometry;
  stance: (typeof stances)[number];
  topic: string;
  createdAt: Date;
};

function offset([lon, lat]: [number, number], dx: number, dy: number): [number, number] {
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return [
    round(lon + dx / (metresPerDegree * Math.cos((lat * Math.PI) / 180))),
    round(lat + dy / metresPerDegree),
  ];
}

/** Mostly points; some streets (lines) and some small areas, as residents draw them. */
function geometryAround(at: [number, number], random: Random): Geometry {
  const shape = random.next();
  if (shape < 0.8) return { type: 'Point', coordinates: at };
  if (shape < 0.9) {
    const angle = random.next() * Math.PI;
    const length = 40 + random.next() * 120;
    return {
      type: 'LineString',
      coordinates: [at, offset(at, Math.cos(angle) * length, Math.sin(angle) * length)],
    };
  }
  const side = 15 + random.next() * 30;
  const corner = offset(at, 0, 0);
  const ring = [corner, offset(at, side, 0), offset(at, side, side), offset(at, 0, side), corner];
  return { type: 'Polygon', coordinates: [ring] };
}

function pickHotspot(hotspots: Hotspot[], random: Random): Hotspot {
  const total = hotspots.reduce((sum, h) => sum + h.weight, 0);
  let roll = random.next() * total;
  for (const hotspot of hotspots) {
    roll -= hotspot.weight;
    if (roll <= 0) return hotspot;
  }
  return hotspots[0] as Hotspot;
}

/** `count` comments clustered around the hotspots, over the last `days` days. */
export function demoComments(
  hotspots: Hotspot[],
  count: number,
  authors: number,
  days: number,
  random: Random,
) {
  const now = Date.now();
  return Array.from({ length: count }, (): DemoComment => {
    const hotspot = pickHotspot(hotspots, random);
    const at = offset(
      hotspot.at,
      random.gaussian(0, hotspot.spreadMeters),
      random.gaussian(0, hotspot.spreadMeters),
    );
    const stance = random.pick(stances);
    return {
      authorIndex: Math.floor(random.next() * authors),
      body: `${random.pick(hotspot.remarks[stance])} (${hotspot.name})`,
      geometry: geometryAround(at, random),
      stance,
      topic: random.pick(hotspot.topics),
      createdAt: new Date(now - random.next() * days * 86_400_000),
    };
  });
}
