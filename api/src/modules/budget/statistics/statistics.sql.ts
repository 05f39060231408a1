import type pg from 'pg';

/** A paper ballot: entered by staff, or imported from a Pabulib file that says so. */
const paper = `(b.paper OR b.source_fields->>'voting_method' = 'paper')`;

export type PoolParticipationRow = {
  poolId: string;
  poolName: string;
  kind: 'AREA' | 'CITYWIDE';
  online: number;
  paper: number;
};

/** Per pool, the ballots approving at least one of its projects, online and on paper. */
export async function selectPoolParticipation(client: pg.Pool, editionId: string) {
  const { rows } = await client.query<PoolParticipationRow>(
    `SELECT pl.id AS "poolId", pl.name AS "poolName", pl.kind,
            count(v.id) FILTER (WHERE NOT v.paper)::int AS online,
            count(v.id) FILTER (WHERE v.paper)::int AS paper
     FROM budget_pool pl
     LEFT JOIN (
       SELECT DISTINCT b.id, p.pool_id, ${paper} AS paper
       FROM budget_ballot b
       JOIN budget_ballot_approval a ON a.ballot_id = b.id
       JOIN budget_project p ON p.id = a.project_id
       WHERE b.edition_id = $1
     ) v ON v.pool_id = pl.id
     WHERE pl.edition_id = $1
     GROUP BY pl.id
     ORDER BY pl.kind DESC, pl.name`,
    [editionId],
  );
  return rows;
}

/** The edition's ballots, online and on paper. */
export async function selectChannelTotals(client: pg.Pool, editionId: string) {
  const { rows } = await client.query<{ online: number; paper: number }>(
    `SELECT count(*) FILTER (WHERE NOT ${paper})::int AS online,
            count(*) FILTER (WHERE ${paper})::int AS paper
     FROM budget_ballot b WHERE b.edition_id = $1`,
    [editionId],
  );
  return rows[0] ?? { online: 0, paper: 0 };
}

/** Lower bounds of the age bands, as the city's reports group voters. */
export const ageBandStarts = [0, 18, 25, 35, 45, 55, 65] as const;

/** Ballots per age band, where the ballot records a whole age (imported files do). */
export async function selectAgeBands(client: pg.Pool, editionId: string) {
  const { rows } = await client.query<{ band: number; ballots: number }>(
    `SELECT (SELECT max(s) FROM unnest($2::int[]) s WHERE s <= (b.source_fields->>'age')::int)
              AS band,
            count(*)::int AS ballots
     FROM budget_ballot b
     WHERE b.edition_id = $1 AND b.source_fields->>'age' ~ '^[0-9]{1,3}$'
     GROUP BY band ORDER BY band`,
    [editionId, ageBandStarts],
  );
  return rows;
}

/** Ballots per recorded sex (Pabulib's F and M; any other value as given). */
export async function selectSexes(client: pg.Pool, editionId: string) {
  const { rows } = await client.query<{ sex: string; ballots: number }>(
    `SELECT upper(b.source_fields->>'sex') AS sex, count(*)::int AS ballots
     FROM budget_ballot b
     WHERE b.edition_id = $1 AND coalesce(b.source_fields->>'sex', '') <> ''
     GROUP BY 1 ORDER BY 1`,
    [editionId],
  );
  return rows;
}

export type DistrictTurnoutRow = {
  areaId: string;
  areaName: string;
  poolId: string;
  ballots: number;
};

/** Per district pool, the ballots cast in it (every district, even with none). */
export async function selectDistrictTurnout(client: pg.Pool, editionId: string) {
  const { rows } = await client.query<DistrictTurnoutRow>(
    `SELECT a.id AS "areaId", a.name AS "areaName", pl.id AS "poolId",
            count(b.id)::int AS ballots
     FROM budget_pool pl
     JOIN area a ON a.id = pl.area_id
     LEFT JOIN budget_ballot b ON b.district_pool_id = pl.id
     WHERE pl.edition_id = $1
     GROUP BY a.id, pl.id
     ORDER BY a.name`,
    [editionId],
  );
  return rows;
}
