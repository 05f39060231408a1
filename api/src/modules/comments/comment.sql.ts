import type pg from 'pg';
import type { CommentStance, CommentStatus, PropertyRight } from '../../generated/prisma/enums.js';
import type { Geometry } from '../../geo/geojson.js';

type Queryable = pg.Pool | pg.ClientBase;

/** A comment with its consultation's unit, which decides who sees what. */
export type CommentRow = {
  id: string;
  consultationId: string;
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

/** Selects a CommentRow from `c` (comment) joined to `k` (its consultation). */
export const commentColumns = `c.id, c.consultation_id AS "consultationId", k.unit_id AS "unitId",
  c.author_id AS "authorId", c.parent_id AS "parentId", c.body,
  ST_AsGeoJSON(c.geometry, 7)::json AS geometry, c.zone_id AS "zoneId", c.stance,
  c.topic_id AS "topicId", c.status, c.hidden_reason AS "hiddenReason",
  c.created_at AS "createdAt", c.edited_at AS "editedAt", c.formal_remark AS "formalRemark",
  c.formal_name AS "formalName", c.formal_address AS "formalAddress",
  c.property_right AS "propertyRight", c.parcels`;

export const commentFrom = 'comment c JOIN consultation k ON k.id = c.consultation_id';

/** GeoJSON text parameter → geometry in EPSG:4326 (NULL stays NULL). */
export const geomParam = (param: string) => `ST_SetSRID(ST_GeomFromGeoJSON(${param}::text), 4326)`;

/**
 * The plan zone for geometry `g`, among the zones of the plans linked to the consultation:
 * the zone covering it, else the one sharing the most length (lines) or area (polygons).
 */
const zoneFor = (consultationId: string, g: string) => `(
  SELECT z.id FROM plan_zone z JOIN consultation_plan cp ON cp.plan_id = z.plan_id
  WHERE cp.consultation_id = ${consultationId} AND ST_Intersects(z.geometry, ${g})
  ORDER BY ST_Covers(z.geometry, ${g}) DESC,
    CASE ST_Dimension(${g})
      WHEN 1 THEN ST_Length(ST_Intersection(z.geometry, ${g})::geography)
      WHEN 2 THEN ST_Area(ST_Intersection(z.geometry, ${g})::geography)
      ELSE 0 END DESC,
    z.symbol, z.id
  LIMIT 1)`;

export async function selectCommentsByIds(db: Queryable, ids: readonly string[]) {
  const { rows } = await db.query<CommentRow>(
    `SELECT ${commentColumns} FROM ${commentFrom} WHERE c.id = ANY($1::uuid[])`,
    [ids],
  );
  return rows;
}

/** Replies to each of `parentIds`, oldest first. */
export async function selectReplies(pool: pg.Pool, parentIds: readonly string[]) {
  const { rows } = await pool.query<CommentRow>(
    `SELECT ${commentColumns} FROM ${commentFrom}
     WHERE c.parent_id = ANY($1::uuid[]) ORDER BY c.created_at, c.id`,
    [parentIds],
  );
  return rows;
}

/** How far (metres) a geometry lies outside the consultation area; 0 when it touches it. */
export async function distanceOutsideArea(pool: pg.Pool, consultationId: string, g: Geometry) {
  const { rows } = await pool.query<{ distance: number }>(
    `SELECT CASE WHEN ST_Intersects(k.area, i.g) THEN 0
                 ELSE ST_Distance(k.area::geography, i.g::geography) END AS distance
     FROM consultation k, (SELECT ${geomParam('$2')} AS g) i WHERE k.id = $1`,
    [consultationId, JSON.stringify(g)],
  );
  return rows[0]?.distance ?? 0;
}

export type NewComment = {
  consultationId: string;
  authorId: string;
  parentId: string | null;
  body: string;
  geometry: Geometry | null;
  stance: CommentStance | null;
  topicId: string | null;
  formal: { name: string; address: string; propertyRight: PropertyRight; parcels: string[] } | null;
};

/** Derives again the zone of every remark of a consultation, e.g. once a plan is linked to it. */
export async function rederiveZones(client: pg.ClientBase, consultationId: string) {
  await client.query(
    `UPDATE comment c SET zone_id = ${zoneFor('c.consultation_id', 'c.geometry')}
     WHERE c.consultation_id = $1 AND c.geometry IS NOT NULL`,
    [consultationId],
  );
}

/** Inserts a comment or reply, its zone derived from its geometry; returns the new row. */
export async function insertComment(client: pg.ClientBase, c: NewComment) {
  const { rows } = await client.query<CommentRow>(
    `WITH i AS (SELECT ${geomParam('$5')} AS g),
     c AS (
       INSERT INTO comment (consultation_id, author_id, parent_id, body, geometry, zone_id, stance,
         topic_id, formal_remark, formal_name, formal_address, property_right, parcels)
       SELECT $1::uuid, $2::uuid, $3::uuid, $4::text, i.g, ${zoneFor('$1::uuid', 'i.g')},
         $6::comment_stance, $7::uuid, $8::boolean, $9::text, $10::text, $11::property_right,
         $12::text[]
       FROM i RETURNING *)
     SELECT ${commentColumns} FROM c JOIN consultation k ON k.id = c.consultation_id`,
    [
      c.consultationId,
      c.authorId,
      c.parentId,
      c.body,
      c.geometry && JSON.stringify(c.geometry),
      c.stance,
      c.topicId,
      c.formal !== null,
      c.formal?.name ?? null,
      c.formal?.address ?? null,
      c.formal?.propertyRight ?? null,
      c.formal?.parcels ?? null,
    ],
  );
  return rows[0] as CommentRow;
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

/** Applies an edit; null fields keep their value; a new geometry gets its zone again. */
export async function updateComment(client: pg.ClientBase, id: string, change: CommentChange) {
  await client.query(
    `UPDATE comment c SET body = COALESCE($2, c.body), geometry = COALESCE(i.g, c.geometry),
       zone_id = CASE WHEN i.g IS NULL THEN c.zone_id
                      ELSE ${zoneFor('c.consultation_id', 'i.g')} END,
       stance = COALESCE($4, c.stance), topic_id = COALESCE($5, c.topic_id), edited_at = now()
     FROM (SELECT ${geomParam('$3')} AS g) i WHERE c.id = $1`,
    [
      id,
      change.body,
      change.geometry && JSON.stringify(change.geometry),
      change.stance,
      change.topicId,
    ],
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
    `SELECT v.comment_id AS "commentId", v.body, ST_AsGeoJSON(v.geometry, 7)::json AS geometry,
            v.stance, CASE WHEN t.id IS NULL THEN NULL
                           ELSE json_build_object('id', t.id, 'name', t.name) END AS topic,
            v.written_at AS "writtenAt"
     FROM comment_version v LEFT JOIN consultation_topic t ON t.id = v.topic_id
     WHERE v.comment_id = ANY($1::uuid[]) ORDER BY v.written_at, v.id`,
    [commentIds],
  );
  return rows;
}
