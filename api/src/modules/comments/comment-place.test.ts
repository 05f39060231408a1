import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { useTestDatabase } from '../../../test/database.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { repoRoot } from '../../config.js';
import type { Queryable } from '../../db/sql.js';
import { updateComment } from './comment.sql.js';
import { places, remark, replies } from './comments.scenario.js';

const db = useTestDatabase();

type Place = {
  districts: string[];
  x: number | null;
  y: number | null;
  mapX: number | null;
  mapY: number | null;
};
let consultationId: string;
let ids: { mokotow: string; border: string; reply: string };

/** A remark's stored districts (by slug), plane and map points, rounded to the centimetre. */
async function placesOf(commentIds: string[], on: Queryable = db.pool) {
  const { rows } = await on.query<Place & { id: string }>(
    `SELECT c.id,
       ARRAY(SELECT a.slug FROM area a WHERE a.id = ANY(c.district_ids) ORDER BY a.slug) AS districts,
       round(ST_X(c.plane_point)::numeric, 2)::float8 AS x,
       round(ST_Y(c.plane_point)::numeric, 2)::float8 AS y,
       round(ST_X(c.map_point)::numeric, 2)::float8 AS "mapX",
       round(ST_Y(c.map_point)::numeric, 2)::float8 AS "mapY"
     FROM comment c WHERE c.id = ANY($1::uuid[]) ORDER BY c.id`,
    [commentIds],
  );
  return rows;
}

const projected = async (lon: number, lat: number) =>
  (
    await db.pool.query<{ x: number; y: number; mapX: number; mapY: number }>(
      `SELECT round(ST_X(p)::numeric, 2)::float8 AS x, round(ST_Y(p)::numeric, 2)::float8 AS y,
         round(ST_X(m)::numeric, 2)::float8 AS "mapX", round(ST_Y(m)::numeric, 2)::float8 AS "mapY"
       FROM ST_SetSRID(ST_MakePoint($1, $2), 4326) g,
         ST_Transform(g, 2180) p, ST_Transform(g, 3857) m`,
      [lon, lat],
    )
  ).rows[0];

beforeAll(async () => {
  consultationId = (await createConsultation(db)).id;
  const authorId = (await createUser(db, 'Placed')).id;
  const mokotow = await remark(db, { consultationId, authorId, geometry: places.mokotow });
  const border = await remark(db, { consultationId, authorId, geometry: places.acrossBorder });
  const [reply = ''] = await replies(db, [mokotow], authorId);
  ids = { mokotow, border, reply };
});

describe('a remark gets its districts, plane and map points when written', () => {
  test('a point: its district, and itself in EPSG:2180 and EPSG:3857', async () => {
    const [stored] = await placesOf([ids.mokotow]);
    const [lon = 0, lat = 0] = places.mokotow.coordinates;
    expect(stored).toMatchObject({ districts: ['mokotow'], ...(await projected(lon, lat)) });
  });

  test('a line across a border: both districts', async () => {
    const [stored] = await placesOf([ids.border]);
    expect(stored?.districts).toEqual(['mokotow', 'srodmiescie']);
    expect(stored?.x).not.toBeNull();
  });

  test('a reply has no place', async () => {
    const [stored] = await placesOf([ids.reply]);
    expect(stored).toMatchObject({ districts: [], x: null, y: null, mapX: null, mapY: null });
  });

  test('moved, it gets them again; edited in words only, it keeps them', async () => {
    const authorId = (await createUser(db, 'Mover')).id;
    const id = await remark(db, { consultationId, authorId, geometry: places.mokotow });
    const change = { body: null, stance: null, topicId: null };
    const [lon = 0, lat = 0] = places.srodmiescie.coordinates;
    const moved = { districts: ['srodmiescie'], ...(await projected(lon, lat)) };
    // One client throughout: the embedded database's pool holds one connection.
    const client = await db.pool.connect();
    try {
      await updateComment(client, id, { ...change, geometry: places.srodmiescie });
      expect((await placesOf([id], client))[0]).toMatchObject(moved);
      await updateComment(client, id, { ...change, body: 'Reworded', geometry: null });
      expect((await placesOf([id], client))[0]).toMatchObject(moved);
    } finally {
      client.release();
    }
  });
});

test.each([
  [
    '20261201121500_perf_stored_places',
    'comment_plane_point_with_geometry',
    "district_ids = '{}', plane_point = NULL",
  ],
  ['20261201200000_comment_map_point', 'comment_map_point_with_geometry', 'map_point = NULL'],
])(
  'the back-fill of %s gives existing remarks what the insert gives new ones',
  async (migrationName, constraint, unset) => {
    const migration = readFileSync(
      join(repoRoot, `prisma/migrations/${migrationName}/migration.sql`),
      'utf8',
    );
    const backFill = migration.match(/^UPDATE comment c[\s\S]*?;$/m)?.[0];
    expect(backFill).toBeDefined();
    const all = Object.values(ids);
    const written = await placesOf(all);
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      // As the rows were before the migration: without what it fills in.
      await client.query(`ALTER TABLE comment DROP CONSTRAINT ${constraint}`);
      await client.query(`UPDATE comment SET ${unset} WHERE id = ANY($1::uuid[])`, [all]);
      await client.query(`${backFill?.replace(/;$/, '')} AND c.id = ANY($1::uuid[])`, [all]);
      expect(await placesOf(all, client)).toEqual(written);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  },
);
