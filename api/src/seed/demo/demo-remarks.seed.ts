import type pg from 'pg';
import { sql } from '../../db/sql.js';
import { fromGeoJSON } from '../../geo/geometry.sql.js';
import { insertComments } from '../../modules/comments/comment.sql.js';
import { demoComments } from './demo-comments.js';
import type { DemoConsultation } from './demo-consultations.seed.js';
import type { Random } from './random.js';

/** Which of the geometries lie inside the consultation's area, as the API would require. */
async function insideArea(client: pg.ClientBase, consultationId: string, geometries: object[]) {
  const { rows } = await client.query<{ inside: boolean }>(
    sql`SELECT ST_Within(${fromGeoJSON(sql`g.json`)}, c.area) AS inside
        FROM unnest(${geometries.map((g) => JSON.stringify(g))}::text[]) WITH ORDINALITY AS g(json, n)
        JOIN consultation c ON c.id = ${consultationId}
        ORDER BY g.n`,
  );
  return rows.map((row) => row.inside);
}

/** The remarks, through the comments module's own insert, and a reply to about one in eight. */
export async function insertRemarks(
  client: pg.ClientBase,
  consultationId: string,
  c: DemoConsultation,
  authors: string[],
  random: Random,
) {
  const generated = demoComments(c.hotspots, c.comments, authors.length, 14, random);
  const inside = await insideArea(
    client,
    consultationId,
    generated.map((m) => m.geometry),
  );
  const topics = await topicIdsByName(client, consultationId);
  const remarks = await insertComments(
    client,
    generated
      .filter((_, i) => inside[i])
      .map((m) => ({
        consultationId,
        authorId: authors[m.authorIndex] ?? '',
        parentId: null,
        body: m.body,
        geometry: m.geometry,
        stance: m.stance,
        topicId: topics.get(m.topic) ?? null,
        formal: null,
        createdAt: m.createdAt,
      })),
  );
  await insertComments(
    client,
    remarks
      .filter(() => random.next() < 1 / 8)
      .map((remark) => ({
        consultationId,
        authorId: random.pick(authors),
        parentId: remark.id,
        body: 'Zgadzam się, to ważna sprawa dla całej okolicy.',
        geometry: null,
        stance: null,
        topicId: null,
        formal: null,
        createdAt: new Date(remark.createdAt.getTime() + 6 * 3_600_000),
      })),
  );
}

async function topicIdsByName(client: pg.ClientBase, consultationId: string) {
  const { rows } = await client.query<{ id: string; name: string }>(
    sql`SELECT id, name FROM consultation_topic WHERE consultation_id = ${consultationId}`,
  );
  return new Map(rows.map((row) => [row.name, row.id]));
}
