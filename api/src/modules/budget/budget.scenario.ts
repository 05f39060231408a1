import type { Database } from '../../db/database.js';
import type { BudgetPhase } from '../../generated/prisma/enums.js';

type Options = {
  phase?: BudgetPhase;
  minAge?: number;
  ballotChangeable?: boolean;
  areaMaxApprovals?: number;
  citywideMaxApprovals?: number;
};

/**
 * Test data: an edition with Mokotów's and Wola's district pools and a city-wide pool, each
 * with three ACCEPTED projects; the edition is in `phase` now (VOTING unless given).
 */
export async function createBudgetEdition(db: Database, options: Options = {}) {
  const q = db.pool;
  const { rows: editions } = await q.query<{ id: string }>(
    `INSERT INTO budget_edition (year, title, min_age, ballot_changeable, area_max_approvals,
       citywide_max_approvals, area_min_votes, citywide_min_votes)
     VALUES (2026, 'Test edition ' || gen_random_uuid(), $1, $2, $3, $4, 1, 1) RETURNING id`,
    [
      options.minAge ?? 16,
      options.ballotChangeable ?? false,
      options.areaMaxApprovals ?? 2,
      options.citywideMaxApprovals ?? 2,
    ],
  );
  const editionId = editions[0]?.id ?? '';
  await q.query(
    `INSERT INTO budget_phase_period (edition_id, phase, starts_at, ends_at)
     VALUES ($1, $2, now() - interval '1 day', now() + interval '1 day')`,
    [editionId, options.phase ?? 'VOTING'],
  );
  const pool = async (slug: string | null, name: string, grosze: string) => {
    const { rows } = await q.query<{ id: string }>(
      `INSERT INTO budget_pool (edition_id, kind, area_id, unit_id, name, amount_grosze)
       SELECT $1, CASE WHEN $2::text IS NULL THEN 'CITYWIDE' ELSE 'AREA' END::budget_pool_kind,
              CASE WHEN $2::text IS NULL THEN NULL ELSE u.area_id END, u.id, $3, $4
       FROM organisation_unit u
       WHERE u.slug = COALESCE('urzad-dzielnicy-' || $2, (SELECT slug FROM organisation_unit WHERE kind = 'CITY_BUREAU' ORDER BY slug LIMIT 1))
       RETURNING id`,
      [editionId, slug, name, grosze],
    );
    const poolId = rows[0]?.id ?? '';
    const projects: string[] = [];
    for (const cost of ['40000000', '30000000', '30000000']) {
      const { rows: p } = await q.query<{ id: string }>(
        `INSERT INTO budget_project (pool_id, title, cost_grosze, status, categories)
         VALUES ($1, 'Project ' || $2, $2::bigint, 'ACCEPTED', '{zieleń}') RETURNING id`,
        [poolId, cost],
      );
      projects.push(p[0]?.id ?? '');
    }
    return { id: poolId, projects };
  };
  return {
    editionId,
    mokotow: await pool('mokotow', 'Mokotów', '70000000'),
    wola: await pool('wola', 'Wola', '70000000'),
    citywide: await pool(null, 'Cała Warszawa', '100000000'),
  };
}

/** Ends the edition's VOTING phase a moment ago and opens RESULTS, as once the vote closes. */
export async function endVoting(db: Database, editionId: string) {
  await db.pool.query(
    `UPDATE budget_phase_period SET starts_at = now() - interval '2 days', ends_at = now() - interval '1 second'
     WHERE edition_id = $1 AND phase = 'VOTING'`,
    [editionId],
  );
  await db.pool.query(
    `INSERT INTO budget_phase_period (edition_id, phase, starts_at, ends_at)
     VALUES ($1, 'RESULTS', now() - interval '1 second', now() + interval '30 days')`,
    [editionId],
  );
}
