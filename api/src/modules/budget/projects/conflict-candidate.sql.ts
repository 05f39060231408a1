import type pg from 'pg';
import { type Queryable, sql } from '../../../db/sql.js';

export type CandidatePair = {
  projectId: string;
  otherProjectId: string;
  distanceMeters: number;
  overlapping: boolean;
  marked: boolean;
};

/** Where a page of candidates starts: after this pair, in the candidates' order. */
export type CandidateKeyset = { distanceMeters: number; projectId: string; otherProjectId: string };

export type CandidateQuery = {
  editionId: string;
  withinMeters: number;
  /** Pairs with a project of one of these units; null: every pair (an admin). */
  unitIds: string[] | null;
  after: CandidateKeyset | null;
  limit: number;
};

/**
 * Pairs of located projects of the edition whose locations overlap or lie within `$2` metres,
 * nearest first, each once (smaller id first), without dismissed ones. As in projectsNear, the
 * bbox test against the location expanded by at least `$2` metres in degrees goes through the
 * GiST index on budget_project_location.geometry; ST_DWithin on geography keeps the exact ones.
 */
export const conflictCandidatesSql = `
  WITH mine AS (
    SELECT l.project_id, l.geometry, pl.unit_id,
           $2::float8 / 110000 AS dy,
           $2::float8 / (110000 * cos(radians(least(89,
             greatest(abs(ST_YMin(l.geometry)), abs(ST_YMax(l.geometry))) + $2::float8 / 110000)))) AS dx
    FROM budget_project_location l
    JOIN budget_project p ON p.id = l.project_id
    JOIN budget_pool pl ON pl.id = p.pool_id
    WHERE pl.edition_id = $1 AND p.status::text <> 'DRAFT'
  ), pairs AS (
    SELECT m.project_id AS a, o.project_id AS b,
           min(ST_Distance(m.geometry::geography, o.geometry::geography)) AS distance,
           bool_or(ST_Intersects(m.geometry, o.geometry)) AS overlapping
    FROM mine m
    JOIN budget_project_location o
      ON o.geometry && ST_Expand(m.geometry, m.dx, m.dy)
     AND ST_DWithin(m.geometry::geography, o.geometry::geography, $2)
     AND o.project_id > m.project_id
    JOIN budget_project op ON op.id = o.project_id
    JOIN budget_pool opl ON opl.id = op.pool_id
    WHERE opl.edition_id = $1 AND op.status::text <> 'DRAFT'
      AND ($3::uuid[] IS NULL OR m.unit_id = ANY($3::uuid[]) OR opl.unit_id = ANY($3::uuid[]))
    GROUP BY m.project_id, o.project_id
  )
  SELECT p.a AS "projectId", p.b AS "otherProjectId", p.distance::float8 AS "distanceMeters",
         p.overlapping,
         EXISTS (SELECT 1 FROM budget_project_conflict c
                 WHERE c.project_a_id = p.a AND c.project_b_id = p.b) AS marked
  FROM pairs p
  WHERE NOT EXISTS (SELECT 1 FROM budget_project_conflict_dismissal d
                    WHERE d.project_a_id = p.a AND d.project_b_id = p.b)
    AND ($4::float8 IS NULL OR (p.distance::float8, p.a, p.b) > ($4::float8, $5::uuid, $6::uuid))
  ORDER BY p.distance::float8, p.a, p.b
  LIMIT $7`;

export async function selectConflictCandidates(pool: pg.Pool, q: CandidateQuery) {
  const { rows } = await pool.query<CandidatePair>(conflictCandidatesSql, [
    q.editionId,
    q.withinMeters,
    q.unitIds,
    q.after?.distanceMeters ?? null,
    q.after?.projectId ?? null,
    q.after?.otherProjectId ?? null,
    q.limit,
  ]);
  return rows;
}

/** The pair is stored once, smaller id first; false when it was dismissed already. */
export async function insertDismissal(db: Queryable, a: string, b: string, userId: string) {
  const { rowCount } = await db.query(
    sql`INSERT INTO budget_project_conflict_dismissal (project_a_id, project_b_id, dismissed_by_id)
        VALUES (least(${a}::uuid, ${b}::uuid), greatest(${a}::uuid, ${b}::uuid), ${userId})
        ON CONFLICT DO NOTHING`,
  );
  return rowCount === 1;
}

export type MarkedPair = { projectId: string; otherProjectId: string };

/**
 * The edition's marked conflicts (a pair once, smaller id first) with a project of one of
 * `unitIds` (null: all), at most `limit`.
 */
export async function selectMarkedConflicts(
  pool: pg.Pool,
  editionId: string,
  unitIds: string[] | null,
  limit: number,
) {
  const { rows } = await pool.query<MarkedPair>(
    sql`SELECT c.project_a_id AS "projectId", c.project_b_id AS "otherProjectId"
        FROM budget_project_conflict c
        JOIN budget_project a ON a.id = c.project_a_id
        JOIN budget_pool apl ON apl.id = a.pool_id
        JOIN budget_project b ON b.id = c.project_b_id
        JOIN budget_pool bpl ON bpl.id = b.pool_id
        WHERE apl.edition_id = ${editionId}
          AND (${unitIds}::uuid[] IS NULL OR apl.unit_id = ANY(${unitIds}::uuid[])
               OR bpl.unit_id = ANY(${unitIds}::uuid[]))
        ORDER BY c.project_a_id, c.project_b_id LIMIT ${limit}`,
  );
  return rows;
}
