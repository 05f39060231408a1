import type pg from 'pg';
import type { BudgetPhase } from '../../generated/prisma/enums.js';
import { insertEdition, replacePhases } from '../../modules/budget/editions/edition.sql.js';
import { insertPool } from '../../modules/budget/pools/pool.sql.js';

/** An edition with its phases, as `[phase, starts, ends]`; returns its id. */
export async function insertDemoEdition(
  client: pg.ClientBase,
  edition: {
    year: number;
    title: string;
    meta: Record<string, string>;
    proposalsOpenToAll?: boolean;
  },
  phases: [BudgetPhase, Date, Date][],
) {
  const id = await insertEdition(client, {
    year: edition.year,
    title: edition.title,
    rule: 'GREEDY',
    completion: null,
    areaMaxApprovals: 15,
    citywideMaxApprovals: 10,
    areaMinVotes: 100,
    citywideMinVotes: 50,
    minAge: 0,
    ballotChangeable: false,
    proposalsOpenToAll: edition.proposalsOpenToAll ?? false,
    sourceMeta: edition.meta,
  });
  await replacePhases(
    client,
    id,
    phases.map(([phase, startsAt, endsAt]) => ({ phase, startsAt, endsAt })),
  );
  return id;
}

export type DemoPool = {
  slug: string;
  budget: number;
  projects: {
    id: string;
    title: string;
    cost: number;
    categories: string[];
    targets: string[];
    status: string;
  }[];
};

/**
 * Each district's pool (owned by its district office) and its projects, costs from whole PLN
 * to grosze. Returns each project's id, pool id and Pabulib id.
 */
export async function insertDemoPools(
  client: pg.ClientBase,
  editionId: string,
  pools: DemoPool[],
  description: string,
) {
  const { rows: offices } = await client.query<{
    slug: string;
    name: string;
    areaId: string;
    unitId: string;
  }>(
    // Warsaw's own office of each district: a database may hold other offices of a district.
    `SELECT a.slug, a.name, a.id AS "areaId", u.id AS "unitId" FROM area a
     JOIN organisation_unit u ON u.slug = 'urzad-dzielnicy-' || a.slug
     WHERE a.kind = 'DISTRICT' AND a.slug = ANY($1)`,
    [pools.map((p) => p.slug)],
  );
  for (const office of offices) {
    const budget = pools.find((p) => p.slug === office.slug)?.budget ?? 0;
    await insertPool(client, {
      editionId,
      kind: 'AREA',
      areaId: office.areaId,
      unitId: office.unitId,
      name: office.name,
      amountGrosze: BigInt(budget) * 100n,
    });
  }
  const { rows } = await client.query<{ id: string; poolId: string; ref: string }>(
    `INSERT INTO budget_project (pool_id, external_id, title, description, categories,
       target_groups, cost_grosze, status)
     SELECT pl.id, p.id, p.title, $3,
            ARRAY(SELECT jsonb_array_elements_text(p.categories)),
            ARRAY(SELECT jsonb_array_elements_text(p.targets)),
            p.cost * 100, p.status::budget_project_status
     FROM jsonb_to_recordset($2::jsonb) AS x(slug text, projects jsonb)
     JOIN area a ON a.slug = x.slug AND a.kind = 'DISTRICT'
     JOIN budget_pool pl ON pl.edition_id = $1 AND pl.area_id = a.id
     CROSS JOIN LATERAL jsonb_to_recordset(x.projects)
       AS p(id text, title text, cost bigint, categories jsonb, targets jsonb, status text)
     RETURNING id, pool_id AS "poolId", external_id AS ref`,
    [editionId, JSON.stringify(pools), description],
  );
  if (offices.length !== pools.length) throw new Error('a demo pool names no Warsaw district');
  return rows;
}

/**
 * One point per project, inside its pool's district, marked illustrative: drawn by PostGIS
 * with a fixed seed, so every machine gets the same demo.
 */
export async function locateDemoProjects(client: pg.ClientBase, editionId: string, seed: number) {
  await client.query(
    `INSERT INTO budget_project_location (project_id, geometry, illustrative)
     SELECT p.id, pt.geom, true
     FROM budget_pool pl
     JOIN area a ON a.id = pl.area_id
     CROSS JOIN LATERAL (
       SELECT id, row_number() OVER (ORDER BY external_id, id) AS n
       FROM budget_project WHERE pool_id = pl.id) p
     JOIN LATERAL (
       SELECT d.path[1] AS n, d.geom
       FROM ST_Dump(ST_GeneratePoints(a.geometry,
              (SELECT count(*)::int FROM budget_project WHERE pool_id = pl.id),
              $2 + abs(hashtext(a.slug)) % 100000)) d) pt ON pt.n = p.n
     WHERE pl.edition_id = $1`,
    [editionId, seed],
  );
}

/** The edition's pool ids by district slug. */
export async function selectDemoPools(client: pg.ClientBase, editionId: string) {
  const { rows } = await client.query<{ id: string; slug: string }>(
    `SELECT pl.id, a.slug FROM budget_pool pl JOIN area a ON a.id = pl.area_id
     WHERE pl.edition_id = $1`,
    [editionId],
  );
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/** Results as a tally stores them, published at `at`. */
export async function insertPublishedResults(
  client: pg.ClientBase,
  editionId: string,
  results: { poolId: string; result: unknown }[],
  at: Date,
) {
  await client.query(
    `INSERT INTO budget_pool_result (pool_id, edition_id, result, tallied_at, published_at)
     SELECT (x->>'poolId')::uuid, $1, x->'result', $3, $3 FROM jsonb_array_elements($2::jsonb) x`,
    [editionId, JSON.stringify(results), at],
  );
}
