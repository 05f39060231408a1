import type pg from 'pg';

export async function selectExportPool(client: pg.Pool, editionId: string) {
  const { rows } = await client.query<{
    id: string;
    amountGrosze: string;
    meta: Record<string, string>;
    published: { projectId: string; selected: boolean }[] | null;
  }>(
    `SELECT pl.id, pl.amount_grosze::text AS "amountGrosze", e.source_meta AS meta,
            r.result->'projects' AS published
     FROM budget_pool pl JOIN budget_edition e ON e.id = pl.edition_id
     LEFT JOIN budget_pool_result r ON r.pool_id = pl.id AND r.published_at IS NOT NULL
     WHERE pl.edition_id = $1 ORDER BY pl.kind, pl.name`,
    [editionId],
  );
  return rows;
}

export async function selectExportProjects(client: pg.Pool, poolId: string) {
  const { rows } = await client.query<{
    id: string;
    ref: string;
    title: string;
    categories: string[];
    targetGroups: string[];
    costGrosze: string;
    votes: number;
    fields: Record<string, string>;
  }>(
    `SELECT p.id, COALESCE(p.external_id, p.id::text) AS ref, p.title, p.categories,
            p.target_groups AS "targetGroups", p.cost_grosze::text AS "costGrosze", p.source_fields AS fields,
            (SELECT count(*)::int FROM budget_ballot_approval a WHERE a.project_id = p.id) AS votes
     FROM budget_project p WHERE p.pool_id = $1 AND p.status <> 'DRAFT' ORDER BY p.created_at, p.external_id, p.id`,
    [poolId],
  );
  return rows;
}

/**
 * Ballots with approvals in the pool. Voters are Pabulib's ids, or a running number: a user
 * id never leaves the database, so an exported file cannot say who approved what.
 */
export async function selectExportBallots(client: pg.Pool, poolId: string) {
  const { rows } = await client.query<{
    voter: string;
    fields: Record<string, string>;
    refs: string[];
  }>(
    `SELECT COALESCE(b.external_voter_id, (row_number() OVER (ORDER BY b.id))::text) AS voter,
            b.source_fields AS fields, array_agg(COALESCE(p.external_id, p.id::text) ORDER BY a.project_id) AS refs
     FROM budget_ballot b
     JOIN budget_ballot_approval a ON a.ballot_id = b.id
     JOIN budget_project p ON p.id = a.project_id AND p.pool_id = $1
     GROUP BY b.id ORDER BY min(b.cast_at), b.id`,
    [poolId],
  );
  return rows;
}
