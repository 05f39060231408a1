import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { type Queryable, sql } from '../../db/sql.js';
import type { CommentStance, CommentStatus, PropertyRight } from '../../generated/prisma/enums.js';
import type { Geometry } from '../../geo/geojson.js';
import { asGeoJSON, fromGeoJSON, geometryParam } from '../../geo/geometry.sql.js';
import { districtsOf, mapPointOf, planePointOf, surfacePointOf } from './comment-place.sql.js';
import { zoneOf } from './comment-zone.sql.js';

/**
 * A comment with its subject, a consultation or a budget project (exactly one), and the unit
 * that runs it (the consultation's, or the project pool's), which decides who sees what.
 */
export type CommentRow = {
  id: string;
  consultationId: string | null;
  projectId: string | null;
  unitId: string;
  authorId: string;
  parentId: string | null;
  body: string;
  geometry: Geometry | null;
  zoneId: string | null;
  stance: CommentStance | null;
  topicId: string | null;
  status: CommentStatus;
  hiddenReason: string | null;
  createdAt: Date;
  editedAt: Date | null;
  formalRemark: boolean;
  formalName: string | null;
  formalAddress: string | null;
  propertyRight: PropertyRight | null;
  parcels: string[] | null;
};

/** The unit running comment `c`'s subject, with `k` its consultation (if any). */
const unitOfSubject = sql`COALESCE(k.unit_id, (SELECT pl.unit_id FROM budget_project p
  JOIN budget_pool pl ON pl.id = p.pool_id WHERE p.id = c.project_id))`;

/** Selects a CommentRow from `c` (comment) left-joined to `k` (its consultation, if any). */
export const commentColumns = sql`c.id, c.consultation_id AS "consultationId",
  c.project_id AS "projectId", ${unitOfSubject} AS "unitId", c.author_id AS "authorId",
  c.parent_id AS "parentId", c.body,
  ${asGeoJSON(sql`c.geometry`, 7)} AS geometry, c.zone_id AS "zoneId", c.stance,
  c.topic_id AS "topicId", c.status, c.hidden_reason AS "hiddenReason",
  c.created_at AS "createdAt", c.edited_at AS "editedAt", c.formal_remark AS "formalRemark",
  c.formal_name AS "formalName", c.formal_address AS "formalAddress",
  c.property_right AS "propertyRight", c.parcels`;

export const commentFrom = sql`comment c LEFT JOIN consultation k ON k.id = c.consultation_id`;

export async function selectCommentsByIds(db: Queryable, ids: readonly string[]) {
  const { rows } = await db.query<CommentRow>(
    sql`SELECT ${commentColumns} FROM ${commentFrom} WHERE c.id = ANY(${ids}::uuid[])`,
  );
  return rows;
}

/** Replies to each of `parentIds`, oldest first. */
export async function selectReplies(pool: pg.Pool, parentIds: readonly string[]) {
  const { rows } = await pool.query<CommentRow>(
    sql`SELECT ${commentColumns} FROM ${commentFrom}
        WHERE c.parent_id = ANY(${parentIds}::uuid[]) ORDER BY c.created_at, c.id`,
  );
  return rows;
}

export type FormalDetails = {
  name: string;
  address: string;
  propertyRight: PropertyRight;
  parcels: string[];
};

export type NewComment = {
  consultationId: string | null;
  /** Set, instead of consultationId, on a comment on a budget project. */
  projectId?: string | null;
  authorId: string;
  parentId: string | null;
  body: string;
  geometry: Geometry | null;
  stance: CommentStance | null;
  topicId: string | null;
  formal: FormalDetails | null;
  /** When it was written: now, unless the demo or a test scenario dates it. */
  createdAt?: Date;
};

/**
 * The one place a comment is inserted: remarks and replies, one or many in one statement, each
 * zone, districts and plane point derived from its geometry. Returns the new rows in the order
 * given.
 */
export async function insertComments(db: Queryable, comments: readonly NewComment[]) {
  const records = comments.map((c) => ({
    id: randomUUID(),
    consultation_id: c.consultationId,
    project_id: c.projectId ?? null,
    author_id: c.authorId,
    parent_id: c.parentId,
    body: c.body,
    geometry: c.geometry && JSON.stringify(c.geometry),
    stance: c.stance,
    topic_id: c.topicId,
    formal_remark: c.formal !== null,
    formal_name: c.formal?.name ?? null,
    formal_address: c.formal?.address ?? null,
    property_right: c.formal?.propertyRight ?? null,
    parcels: c.formal?.parcels ?? null,
    created_at: c.createdAt ?? null,
  }));
  const { rows } = await db.query<CommentRow>(
    sql`WITH n AS (
          SELECT n.*, ${fromGeoJSON(sql`n.geometry`)} AS g
          FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS n(id uuid,
            consultation_id uuid, project_id uuid, author_id uuid, parent_id uuid, body text, geometry text,
            stance comment_stance, topic_id uuid, formal_remark boolean, formal_name text,
            formal_address text, property_right property_right, parcels text[],
            created_at timestamptz)),
        c AS (
          INSERT INTO comment (id, consultation_id, project_id, author_id, parent_id, body, geometry,
            zone_id, district_ids, plane_point, map_point, stance, topic_id, formal_remark,
            formal_name, formal_address, property_right, parcels, created_at)
          SELECT n.id, n.consultation_id, n.project_id, n.author_id, n.parent_id, n.body, n.g,
            ${zoneOf(sql`n.consultation_id`, sql`n.g`)}, ${districtsOf(sql`n.g`)},
            ${planePointOf(sql`s.point`)}, ${mapPointOf(sql`s.point`)}, n.stance, n.topic_id,
            n.formal_remark, n.formal_name, n.formal_address, n.property_right, n.parcels,
            COALESCE(n.created_at, now())
          FROM n CROSS JOIN LATERAL (SELECT ${surfacePointOf(sql`n.g`)} AS point) s RETURNING *)
        SELECT ${commentColumns} FROM c LEFT JOIN consultation k ON k.id = c.consultation_id`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return records.map(({ id }) => byId.get(id) as CommentRow);
}

/** Locks a comment for a change and keeps its current text as an earlier version. */
export async function archiveVersion(client: pg.ClientBase, id: string) {
  await client.query('SELECT 1 FROM comment WHERE id = $1 FOR UPDATE', [id]);
  await client.query(
    `INSERT INTO comment_version (comment_id, body, geometry, stance, topic_id, written_at)
     SELECT id, body, geometry, stance, topic_id, COALESCE(edited_at, created_at)
     FROM comment WHERE id = $1`,
    [id],
  );
}

export type CommentChange = {
  body: string | null;
  geometry: Geometry | null;
  stance: CommentStance | null;
  topicId: string | null;
};

/** Applies an edit; null fields keep their value; a new geometry gets its place facts again. */
export async function updateComment(client: pg.ClientBase, id: string, change: CommentChange) {
  await client.query(
    sql`UPDATE comment c SET body = COALESCE(${change.body}, c.body),
          geometry = COALESCE(i.g, c.geometry),
          zone_id = CASE WHEN i.g IS NULL THEN c.zone_id
                         ELSE ${zoneOf(sql`c.consultation_id`, sql`i.g`)} END,
          district_ids = CASE WHEN i.g IS NULL THEN c.district_ids ELSE ${districtsOf(sql`i.g`)} END,
          plane_point = COALESCE(${planePointOf(sql`i.point`)}, c.plane_point),
          map_point = COALESCE(${mapPointOf(sql`i.point`)}, c.map_point),
          stance = COALESCE(${change.stance}::comment_stance, c.stance),
          topic_id = COALESCE(${change.topicId}::uuid, c.topic_id), edited_at = now()
        FROM (SELECT g, ${surfacePointOf(sql`g`)} AS point
              FROM (SELECT ${geometryParam(change.geometry)} AS g) given) i
        WHERE c.id = ${id}`,
  );
}

export type VersionRow = {
  commentId: string;
  body: string;
  geometry: Geometry | null;
  stance: CommentStance | null;
  topic: { id: string; name: string } | null;
  writtenAt: Date;
};

export async function selectVersions(pool: pg.Pool, commentIds: readonly string[]) {
  const { rows } = await pool.query<VersionRow>(
    sql`SELECT v.comment_id AS "commentId", v.body, ${asGeoJSON(sql`v.geometry`, 7)} AS geometry,
          v.stance, CASE WHEN t.id IS NULL THEN NULL
                         ELSE json_build_object('id', t.id, 'name', t.name) END AS topic,
          v.written_at AS "writtenAt"
        FROM comment_version v LEFT JOIN consultation_topic t ON t.id = v.topic_id
        WHERE v.comment_id = ANY(${commentIds}::uuid[]) ORDER BY v.written_at, v.id`,
  );
  return rows;
}
