import { PbfWriter } from 'pbf';

/** A property value as a tile carries it; null is left out, as ST_AsMVT does. */
export type PropertyValue = string | number | boolean | null;

type Position = number[];
type TileGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'MultiPoint'; coordinates: Position[] }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] }
  | { type: 'GeometryCollection'; geometries: TileGeometry[] };

/** A feature with its geometry already in tile units (y down), as GeoJSON. */
export type TileFeature = { geometry: TileGeometry; properties: Record<string, PropertyValue> };

const point = 1;
const line = 2;
const polygon = 3;
const command = (id: number, count: number) => (id & 0x7) | (count << 3);
const zigzag = (n: number) => (n << 1) ^ (n >> 31);

/** The feature's geometry type and its command stream (MVT spec 2.1, section 4.3). */
class Commands {
  readonly stream: number[] = [];
  private x = 0;
  private y = 0;

  moveTo(points: Position[]) {
    this.stream.push(command(1, points.length));
    this.deltas(points);
  }

  lineTo(points: Position[]) {
    if (points.length === 0) return;
    this.stream.push(command(2, points.length));
    this.deltas(points);
  }

  closePath() {
    this.stream.push(command(7, 1));
  }

  private deltas(points: Position[]) {
    for (const [px = 0, py = 0] of points) {
      const x = Math.round(px);
      const y = Math.round(py);
      this.stream.push(zigzag(x - this.x), zigzag(y - this.y));
      this.x = x;
      this.y = y;
    }
  }
}

/** Twice the surveyor's-formula area in tile units: positive for an exterior ring (y down). */
const ringArea = (ring: Position[]) => {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += xj * yi - xi * yj;
  }
  return sum;
};

/** A ring without its closing point, wound as the spec wants; null when it has no area. */
function windRing(ring: Position[], exterior: boolean): Position[] | null {
  const open = ring.slice(0, -1);
  const area = ringArea(open);
  if (open.length < 3 || area === 0) return null;
  return area > 0 === exterior ? open : open.reverse();
}

function polygons(commands: Commands, parts: Position[][][]) {
  for (const [shell, ...holes] of parts) {
    const exterior = shell && windRing(shell, true);
    if (!exterior) continue;
    for (const ring of [exterior, ...holes.map((h) => windRing(h, false))]) {
      if (!ring) continue;
      commands.moveTo(ring.slice(0, 1));
      commands.lineTo(ring.slice(1));
      commands.closePath();
    }
  }
}

/** The parts of a collection of the highest dimension, as one geometry. */
function flatten(g: TileGeometry): Exclude<TileGeometry, { type: 'GeometryCollection' }> | null {
  if (g.type !== 'GeometryCollection') return g;
  const parts = g.geometries.map(flatten).filter((p) => p !== null);
  const pick = (...types: string[]) => parts.filter((p) => types.includes(p.type));
  const areas = pick('Polygon', 'MultiPolygon');
  if (areas.length) return { type: 'MultiPolygon', coordinates: areas.flatMap(polygonParts) };
  const lines = pick('LineString', 'MultiLineString');
  if (lines.length) return { type: 'MultiLineString', coordinates: lines.flatMap(lineParts) };
  const points = pick('Point', 'MultiPoint');
  return points.length ? { type: 'MultiPoint', coordinates: points.flatMap(pointParts) } : null;
}

const polygonParts = (g: TileGeometry) =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
const lineParts = (g: TileGeometry) =>
  g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
const pointParts = (g: TileGeometry) =>
  g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : [];

/** The geometry type and command stream of a feature; null for an empty geometry. */
export function encodeGeometry(geometry: TileGeometry): { type: number; stream: number[] } | null {
  const g = flatten(geometry);
  if (!g) return null;
  const commands = new Commands();
  let type = point;
  if (g.type === 'Point' || g.type === 'MultiPoint') {
    const points = pointParts(g);
    if (points.length) commands.moveTo(points);
  } else if (g.type === 'LineString' || g.type === 'MultiLineString') {
    type = line;
    for (const part of lineParts(g).filter((l) => l.length >= 2)) {
      commands.moveTo(part.slice(0, 1));
      commands.lineTo(part.slice(1));
    }
  } else {
    type = polygon;
    polygons(commands, polygonParts(g));
  }
  return commands.stream.length ? { type, stream: commands.stream } : null;
}

/** Keys and values of a layer, each stored once and referred to by index. */
class Dictionary<T> {
  readonly items: T[] = [];
  private readonly index = new Map<T, number>();

  of(item: T) {
    let i = this.index.get(item);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(item);
      this.index.set(item, i);
    }
    return i;
  }
}

type Value = string | number | boolean;
type EncodedFeature = { type: number; stream: number[]; tags: number[] };
type Layer = {
  name: string;
  extent: number;
  features: EncodedFeature[];
  keys: string[];
  values: Value[];
};

function writeValue(value: Value, pbf: PbfWriter) {
  if (typeof value === 'string') pbf.writeStringField(1, value);
  else if (typeof value === 'boolean') pbf.writeBooleanField(7, value);
  else if (!Number.isInteger(value)) pbf.writeDoubleField(3, value);
  else if (value < 0) pbf.writeSVarintField(6, value);
  else pbf.writeVarintField(5, value);
}

function writeFeature(feature: EncodedFeature, pbf: PbfWriter) {
  pbf.writePackedVarint(2, feature.tags);
  pbf.writeVarintField(3, feature.type);
  pbf.writePackedVarint(4, feature.stream);
}

function writeLayer(layer: Layer, pbf: PbfWriter) {
  pbf.writeVarintField(15, 2);
  pbf.writeStringField(1, layer.name);
  for (const feature of layer.features) pbf.writeMessage(2, writeFeature, feature);
  for (const key of layer.keys) pbf.writeStringField(3, key);
  for (const value of layer.values) pbf.writeMessage(4, writeValue, value);
  pbf.writeVarintField(5, layer.extent);
}

/**
 * One layer's tile (MVT 2.1) from features in tile units; empty bytes when no feature has a
 * geometry, as ST_AsMVT returns.
 */
export function encodeTile(name: string, features: TileFeature[], extent: number): Uint8Array {
  const keys = new Dictionary<string>();
  // Values are told apart by type too: "1" and 1 are two values.
  const values = new Dictionary<string>();
  const typedValues = new Map<string, Value>();
  const encoded = features.flatMap(({ geometry, properties }) => {
    const shape = encodeGeometry(geometry);
    if (!shape) return [];
    const tags = Object.entries(properties).flatMap(([key, value]) => {
      if (value === null || value === undefined) return [];
      const typed = `${typeof value}:${value}`;
      typedValues.set(typed, value);
      return [keys.of(key), values.of(typed)];
    });
    return [{ ...shape, tags }];
  });
  if (encoded.length === 0) return new Uint8Array(0);
  const layer: Layer = {
    name,
    extent,
    features: encoded,
    keys: keys.items,
    values: values.items.map((typed) => typedValues.get(typed) as Value),
  };
  const pbf = new PbfWriter();
  pbf.writeMessage(3, writeLayer, layer);
  return pbf.finish();
}
