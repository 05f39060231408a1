import { beforeAll, describe, expect, test } from 'vitest';
import { useTestDatabase } from '../../../test/database.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { loadConfig } from '../../config.js';
import { createServices } from '../../context.js';
import type { Geometry } from '../../geo/geojson.js';
import { insideMokotow, remark } from '../comments/comments.scenario.js';
import type { TileAddress } from './tile-address.js';
import { decodeTile, lonLatAt, tileOf } from './tiles.scenario.js';

// Counted cells below the detail zoom: every remark in one cell of one tile at each zoom.
const db = useTestDatabase();
const servicesWith = (detailZoom: number) =>
  createServices(
    db,
    loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PLAC_TILES_COMMENTS_DETAIL_ZOOM: String(detailZoom),
    }),
  );
const services = servicesWith(14);
// Cells down to zoom 15: past the counted zoom (13) they are counted from the remarks.
const finerCells = servicesWith(16);
const parent = tileOf(insideMokotow, 11);
const seeded = 48;
let consultationId: string;

/** A deterministic spread over the parent tile, some on its children's shared edges. */
function shapeOf(i: number): Geometry {
  const fx = ((i * 37) % 97) / 97;
  const fy = ((i * 61) % 89) / 89;
  const at = (dx: number, dy: number) => lonLatAt(11, parent.x + fx + dx, parent.y + fy + dy);
  if (i % 8 === 0)
    return { type: 'Point', coordinates: lonLatAt(11, parent.x + 0.5, parent.y + fy) };
  if (i % 5 === 0) return { type: 'LineString', coordinates: [at(0, 0), at(0.01, 0.01)] };
  if (i % 7 === 0) {
    return { type: 'Polygon', coordinates: [[at(0, 0), at(0.01, 0), at(0.01, 0.01), at(0, 0)]] };
  }
  return { type: 'Point', coordinates: at(0, 0) };
}

beforeAll(async () => {
  consultationId = (await createConsultation(db)).id;
  const authorId = (await createUser(db, 'Autor')).id;
  const stances = ['SUPPORT', 'OBJECTION', 'PROPOSAL', 'QUESTION'] as const;
  for (let i = 0; i < seeded; i++) {
    await remark(db, { consultationId, authorId, geometry: shapeOf(i), stance: stances[i % 4] });
  }
});

async function cells(address: TileAddress, { tiles } = services) {
  const params = new URLSearchParams({ consultation: consultationId });
  const plan = await tiles.plan(null, 'comments', address, params);
  return decodeTile(await tiles.render(address, plan)).comments ?? [];
}

const total = async (address: TileAddress, from = services) =>
  (await cells(address, from)).reduce((sum, f) => sum + Number(f.properties.count), 0);

const children = ({ z, x, y }: TileAddress): TileAddress[] =>
  [0, 1].flatMap((dy) => [0, 1].map((dx) => ({ z: z + 1, x: 2 * x + dx, y: 2 * y + dy })));

describe(`counted cells (${db.mode} database)`, () => {
  test('a tile counts every remark in it once; its four children count the same', async () => {
    expect(await total(parent)).toBe(seeded);
    for (const tile of [parent, ...children(parent)]) {
      const counts = await Promise.all(children(tile).map((child) => total(child)));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(await total(tile));
      expect(counts.filter((c) => c > 0).length).toBeGreaterThan(1);
    }
  });

  test('past the counted zoom, cells from the remarks add up to the kept counts above', async () => {
    const counted = children(children(parent)[0] as TileAddress);
    for (const tile of counted) {
      const finer = await Promise.all(children(tile).map((child) => total(child, finerCells)));
      expect(finer.reduce((a, b) => a + b, 0)).toBe(await total(tile));
    }
    const finest = await Promise.all(counted.flatMap(children).map((t) => cells(t, finerCells)));
    expect(finest.flat().length).toBeGreaterThan(0);
  });

  test("a cell's stances add up to its count, and each cell is a point", async () => {
    const features = await cells(parent);
    expect(features.length).toBeGreaterThan(4);
    for (const { type, properties } of features) {
      expect(type).toBe(1);
      const { count, ...byStance } = properties as Record<string, number>;
      expect(Object.values(byStance).reduce((a, b) => a + b, 0)).toBe(count);
    }
  });
});
