import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { beforeAll, describe, expect, test } from 'vitest';
import { useTestDatabase } from '../../../test/database.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { loadConfig } from '../../config.js';
import { createServices } from '../../context.js';
import type { Geometry } from '../../geo/geojson.js';
import { insideMokotow, remark } from '../comments/comments.scenario.js';
import { buffer, extent, selectMvt } from './tile.sql.js';
import type { TileAddress } from './tile-address.js';
import type { TilePlan } from './tile-layer.js';
import { decodeTile, lonLatAt, tileOf, unmatched } from './tiles.scenario.js';

// The two encoders on the same rows: ST_AsMVT against the JS path on a server; on the embedded
// database (no protobuf in its PostGIS), the JS path against geojson-vt + vt-pbf.
const db = useTestDatabase();
const services = createServices(db, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }));
const home = tileOf(insideMokotow, 15);
let consultationId: string;

/** A place given in units of the home tile: (0, 0) its north-west corner, (1, 1) the south-east. */
const at = (x: number, y: number) => lonLatAt(home.z, home.x + x, home.y + y);

beforeAll(async () => {
  consultationId = (await createConsultation(db)).id;
  const authorId = (await createUser(db, 'Autor')).id;
  const shapes: Geometry[] = [
    { type: 'Point', coordinates: at(0.25, 0.25) },
    { type: 'Point', coordinates: at(0.5001, 0.7499) },
    { type: 'Point', coordinates: at(0.999, 0.001) },
    // Outside the tile but within its buffer, and beyond it.
    { type: 'Point', coordinates: at(1.03, 0.5) },
    { type: 'Point', coordinates: at(1.2, 0.5) },
    { type: 'LineString', coordinates: [at(0.1, 0.9), at(0.4, 0.6), at(1.5, 0.55)] },
    {
      type: 'Polygon',
      coordinates: [[at(0.6, 0.2), at(1.3, 0.2), at(1.3, 0.45), at(0.6, 0.45), at(0.6, 0.2)]],
    },
  ];
  const stances = ['SUPPORT', 'OBJECTION', 'PROPOSAL', 'QUESTION'] as const;
  for (const [i, geometry] of shapes.entries()) {
    await remark(db, { consultationId, authorId, geometry, stance: stances[i % 4] });
  }
});

const plan = (layer: string, address: TileAddress, query: string) =>
  services.tiles.plan(null, layer, address, new URLSearchParams(query));

/** The plan's rows in EPSG:4326, through geojson-vt and vt-pbf: an encoder that is not ours. */
async function reference(address: TileAddress, p: TilePlan) {
  const columns = p.properties.map((name) => `s."${name}"`).join(', ');
  const { rows } = await db.pool.query<Record<string, unknown> & { geometry: string }>({
    text: `SELECT ST_AsGeoJSON(ST_Transform(s.geom, 4326), 15) AS geometry, ${columns}
           FROM (${p.source.text}) s`,
    values: p.source.values,
  });
  const features = rows.map(({ geometry, ...properties }) => ({
    type: 'Feature' as const,
    geometry: JSON.parse(geometry),
    properties: Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null)),
  }));
  const { z, x, y } = address;
  const index = new GeoJSONVT(
    { type: 'FeatureCollection', features },
    { maxZoom: z, indexMaxZoom: z, extent, buffer, tolerance: 0 },
  );
  const tile = index.getTile(z, x, y);
  return tile ? fromGeojsonVt({ [p.layer]: tile }, { version: 2, extent }) : new Uint8Array(0);
}

const cases: [string, TileAddress, () => string][] = [
  ['single remarks', home, () => `consultation=${consultationId}`],
  ['counted cells', tileOf(insideMokotow, 12), () => `consultation=${consultationId}`],
  ['district outlines', tileOf(insideMokotow, 12), () => 'kind=DISTRICT'],
  ['consultation markers', tileOf(insideMokotow, 10), () => ''],
];
const layerOf = (name: string) =>
  name.startsWith('district')
    ? 'areas'
    : name.startsWith('consultation')
      ? 'consultations'
      : 'comments';

describe(`the two tile encoders agree (${db.mode} database)`, () => {
  test.each(cases)('%s', async (name, address, query) => {
    const layer = layerOf(name);
    const p = await plan(layer, address, query());
    const ours = decodeTile(await services.tiles.renderInJs(address, p))[layer] ?? [];
    const theirs =
      decodeTile(
        db.mode === 'server' ? await selectMvt(db.pool, address, p) : await reference(address, p),
      )[layer] ?? [];
    expect(ours.length).toBeGreaterThan(0);
    expect(unmatched(ours, theirs)).toEqual({ extra: [], missing: [] });
  });

  test('the single-remark tile holds what lies within the tile and its buffer', async () => {
    const p = await plan('comments', home, `consultation=${consultationId}`);
    const features = decodeTile(await services.tiles.renderInJs(home, p)).comments ?? [];
    expect(features.map((f) => f.type).sort()).toEqual([1, 1, 1, 1, 2, 3]);
    expect(features.every((f) => f.geometry.flat().every((q) => q.x <= extent + buffer))).toBe(
      true,
    );
  });
});
