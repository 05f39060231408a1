import { type Queryable, sql } from '../../../db/sql.js';
import type { BudgetProjectStatus } from '../../../generated/prisma/enums.js';
import type { Geometry } from '../../../geo/geojson.js';
import { fromGeoJSON, geometryParam } from '../../../geo/geometry.sql.js';
import { columns, type ProjectRow } from '../projects/project.sql.js';

export type ProposalRow = ProjectRow & {
  editionId: string;
  poolKind: 'CITYWIDE' | 'AREA';
  consentToPublish: boolean;
  submittedAt: Date | null;
  locationCount: number;
};

/** The project with what proposing needs; null when there is none. */
export async function selectProposal(db: Queryable, id: string) {
  const { rows } = await db.query<ProposalRow>(
    sql`SELECT ${columns}, pl.edition_id AS "editionId", pl.kind AS "poolKind",
          p.consent_to_publish AS "consentToPublish", p.submitted_at AS "submittedAt",
          (SELECT count(*)::int FROM budget_project_location l WHERE l.project_id = p.id)
            AS "locationCount"
        FROM budget_project p JOIN budget_pool pl ON pl.id = p.pool_id WHERE p.id = ${id}`,
  );
  return rows[0] ?? null;
}

export async function isAuthor(db: Queryable, projectId: string, userId: string) {
  const { rows } = await db.query(
    sql`SELECT 1 FROM budget_project_author WHERE project_id = ${projectId} AND user_id = ${userId}`,
  );
  return rows.length > 0;
}

export type ProposalFields = {
  poolId: string;
  title: string;
  description: string;
  categories: string[];
  targetGroups: string[];
  costGrosze: bigint;
  costLines: { item: string; grosze: string }[];
  consentToPublish: boolean;
};

/** A new DRAFT, its proposer its AUTHOR. */
export async function insertDraft(db: Queryable, f: ProposalFields, authorId: string) {
  const { rows } = await db.query<{ id: string }>(
    sql`INSERT INTO budget_project (pool_id, title, description, categories, target_groups,
          cost_grosze, cost_lines, consent_to_publish, status)
        VALUES (${f.poolId}, ${f.title}, ${f.description}, ${f.categories}, ${f.targetGroups},
          ${f.costGrosze.toString()}, ${JSON.stringify(f.costLines)}, ${f.consentToPublish}, 'DRAFT')
        RETURNING id`,
  );
  const id = rows[0]?.id ?? '';
  await db.query(
    sql`INSERT INTO budget_project_author (project_id, user_id, role, accepted_at)
        VALUES (${id}, ${authorId}, 'AUTHOR', now())`,
  );
  return id;
}

/** Rewrites a draft's fields; false when it is no longer a DRAFT. */
export async function updateDraft(db: Queryable, id: string, f: ProposalFields) {
  const { rowCount } = await db.query(
    sql`UPDATE budget_project SET pool_id = ${f.poolId}, title = ${f.title},
          description = ${f.description}, categories = ${f.categories},
          target_groups = ${f.targetGroups}, cost_grosze = ${f.costGrosze.toString()},
          cost_lines = ${JSON.stringify(f.costLines)}, consent_to_publish = ${f.consentToPublish}
        WHERE id = ${id} AND status = 'DRAFT'`,
  );
  return rowCount === 1;
}

export async function replaceLocations(db: Queryable, id: string, geometries: Geometry[]) {
  await db.query(sql`DELETE FROM budget_project_location WHERE project_id = ${id}`);
  await db.query(
    sql`INSERT INTO budget_project_location (project_id, geometry)
        SELECT ${id}, ${fromGeoJSON(sql`g`)}
        FROM unnest(${geometries.map((g) => JSON.stringify(g))}::text[]) AS g`,
  );
}

/** One author step of the status; false when the project was not `from` any more. */
export async function moveStatus(
  db: Queryable,
  id: string,
  from: BudgetProjectStatus,
  to: BudgetProjectStatus,
) {
  const { rowCount } = await db.query(
    sql`UPDATE budget_project
        SET status = ${to}::budget_project_status,
            submitted_at = CASE WHEN ${to} = 'SUBMITTED' THEN now() END
        WHERE id = ${id} AND status = ${from}::budget_project_status`,
  );
  return rowCount === 1;
}

/** The categories and target groups the edition's public projects use, sorted. */
export async function selectVocabulary(db: Queryable, editionId: string) {
  const { rows } = await db.query<{ categories: string[]; targetGroups: string[] }>(
    sql`SELECT
          COALESCE((SELECT array_agg(DISTINCT c ORDER BY c) FROM budget_project p
            JOIN budget_pool pl ON pl.id = p.pool_id, unnest(p.categories) c
            WHERE pl.edition_id = ${editionId} AND p.status <> 'DRAFT'), '{}') AS categories,
          COALESCE((SELECT array_agg(DISTINCT t ORDER BY t) FROM budget_project p
            JOIN budget_pool pl ON pl.id = p.pool_id, unnest(p.target_groups) t
            WHERE pl.edition_id = ${editionId} AND p.status <> 'DRAFT'), '{}') AS "targetGroups"`,
  );
  return rows[0] ?? { categories: [], targetGroups: [] };
}

/**
 * The edition's AREA pool whose area holds the location, or most of it (by length for a line,
 * by area for a polygon), else its city-wide pool; null when it has neither.
 */
export async function selectSuggestedPool(db: Queryable, editionId: string, location: Geometry) {
  const { rows } = await db.query<{ id: string }>(
    sql`WITH g AS (SELECT ${geometryParam(location)} AS geometry)
        SELECT id FROM (
          SELECT pl.id, 1 AS rank, CASE ST_Dimension(g.geometry)
                   WHEN 0 THEN 1
                   WHEN 1 THEN ST_Length(ST_Intersection(a.geometry, g.geometry)::geography)
                   ELSE ST_Area(ST_Intersection(a.geometry, g.geometry)::geography) END AS share
          FROM budget_pool pl JOIN area a ON a.id = pl.area_id, g
          WHERE pl.edition_id = ${editionId} AND pl.kind = 'AREA'
            AND ST_Intersects(a.geometry, g.geometry)
          UNION ALL
          SELECT pl.id, 2, 0 FROM budget_pool pl
          WHERE pl.edition_id = ${editionId} AND pl.kind = 'CITYWIDE'
        ) candidates
        ORDER BY rank, share DESC, id LIMIT 1`,
  );
  return rows[0]?.id ?? null;
}
