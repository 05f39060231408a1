import type { Database } from '../../db/database.js';
import type { CommentStance, CommentStatus } from '../../generated/prisma/enums.js';
import { BBox } from '../../geo/bbox.js';
import type { Geometry, Point, Polygon, Position } from '../../geo/geojson.js';
import { type FormalDetails, insertComments, selectCommentsByIds } from './comment.sql.js';
import { setStatus } from './moderation.sql.js';

/** Named places: inside Mokotów, and 30 km east of it. */
export const insideMokotow: Position = [21.0064, 52.2101];
export const outsideMokotow: Position = [21.5, 52.2];

export const point = (coordinates: Position): Point => ({ type: 'Point', coordinates });

/** A point in each of two neighbouring districts, and a line across their border. */
export const places = {
  mokotow: point(insideMokotow),
  srodmiescie: point([21.0122, 52.2297]),
  acrossBorder: {
    type: 'LineString',
    coordinates: [
      [21.02, 52.208],
      [21.025, 52.218],
    ],
  },
} satisfies Record<string, Geometry>;

/** A square of `size` degrees with its south-west corner at (west, south). */
export const square = (west: number, south: number, size: number): Polygon =>
  new BBox(west, south, west + size, south + size).toPolygon();

/** A square of `size` degrees centred on a point. */
export function squareAround(centre: Position, size: number): Polygon {
  const [lon, lat] = centre;
  return square(lon - size / 2, lat - size / 2, size);
}

/** The ids of a consultation's topics by name. */
export async function topicIds(db: Database, consultationId: string) {
  const topics = await db.prisma.consultationTopic.findMany({ where: { consultationId } });
  return Object.fromEntries(topics.map((t) => [t.name, t.id])) as Record<string, string>;
}

export type Remark = {
  consultationId: string;
  authorId: string;
  geometry?: Geometry;
  stance?: CommentStance;
  body?: string;
  topicId?: string | null;
  status?: Exclude<CommentStatus, 'VISIBLE'>;
  createdAt?: Date;
  formal?: FormalDetails;
};

/**
 * Test data: a remark stored by the comments module's own insert (its zone derived), without
 * that module's checks of who writes when, so that it can be dated or land on a closed
 * consultation; an OBJECTION "A remark" in Mokotów unless told. A HIDDEN one is hidden as a
 * moderator would, with the reason "test: hidden". Returns its id.
 */
export async function remark(db: Database, r: Remark) {
  const [row] = await insertComments(db.pool, [
    {
      consultationId: r.consultationId,
      authorId: r.authorId,
      parentId: null,
      body: r.body ?? 'A remark',
      geometry: r.geometry ?? places.mokotow,
      stance: r.stance ?? 'OBJECTION',
      topicId: r.topicId ?? null,
      formal: r.formal ?? null,
      createdAt: r.createdAt,
    },
  ]);
  const id = row?.id ?? '';
  if (r.status) {
    await setStatus(db.pool, id, r.status, r.status === 'HIDDEN' ? 'test: hidden' : null);
  }
  return id;
}

/** Test data: the reply "A reply" by one author to each of the remarks. Returns their ids. */
export async function replies(db: Database, parentIds: readonly string[], authorId: string) {
  const parents = new Map(
    (await selectCommentsByIds(db.pool, parentIds)).map((parent) => [parent.id, parent]),
  );
  const rows = await insertComments(
    db.pool,
    parentIds.map((parentId) => ({
      consultationId: parents.get(parentId)?.consultationId ?? '',
      authorId,
      parentId,
      body: 'A reply',
      geometry: null,
      stance: null,
      topicId: null,
      formal: null,
    })),
  );
  return rows.map((row) => row.id);
}

export const reply = async (db: Database, parentId: string, authorId: string) =>
  (await replies(db, [parentId], authorId))[0] ?? '';

/**
 * Test data: `count` PROPOSAL remarks in one statement, a second apart over the past day,
 * spread over a 0.04° square south of `insideMokotow`, the authors taking turns; for list,
 * N+1 and EXPLAIN tests that need many rows quickly. Returns their ids, oldest first.
 */
export async function remarks(
  db: Database,
  options: { consultationId: string; authorIds: string[]; count: number; topicId?: string },
) {
  const { consultationId, authorIds, count } = options;
  const dayAgo = Date.now() - 86_400_000;
  const rows = await insertComments(
    db.pool,
    Array.from({ length: count }, (_, index) => {
      const i = index + 1;
      return {
        consultationId,
        authorId: authorIds[i % authorIds.length] ?? '',
        parentId: null,
        body: `Comment ${i}`,
        geometry: point([20.99 + ((i * 7919) % 400) / 10000, 52.17 + ((i * 104729) % 400) / 10000]),
        stance: 'PROPOSAL' as const,
        topicId: options.topicId ?? null,
        formal: null,
        createdAt: new Date(dayAgo + i * 1000),
      };
    }),
  );
  return rows.map((row) => row.id);
}
