import type { Queryable } from '../../../db/sql.js';
import type { PabulibFile } from './pabulib.types.js';
import { projectTitle } from './pabulib-limits.js';

/** The district office for the file's `district` (accents and case ignored), if any. */
export async function selectDistrictOffice(client: Queryable, district: string) {
  const { rows } = await client.query<{ unitId: string; areaId: string }>(
    `SELECT u.id AS "unitId", a.id AS "areaId" FROM area a
     JOIN organisation_unit u ON u.area_id = a.id AND u.kind = 'DISTRICT_OFFICE'
     WHERE a.kind = 'DISTRICT' AND plac_fold(a.name) = plac_fold($1)`,
    [district],
  );
  return rows[0] ?? null;
}

export async function selectUnitBySlug(client: Queryable, slug: string) {
  const { rows } = await client.query<{ id: string }>(
    'SELECT id FROM organisation_unit WHERE slug = $1',
    [slug],
  );
  return rows[0]?.id ?? null;
}

/** Every project in one statement. */
export async function insertProjects(client: Queryable, poolId: string, file: PabulibFile) {
  await client.query(
    `INSERT INTO budget_project (pool_id, external_id, title, categories, target_groups, cost_grosze,
       status, source_fields)
     SELECT $1, x.id, x.title,
            ARRAY(SELECT jsonb_array_elements_text(x.categories)), ARRAY(SELECT jsonb_array_elements_text(x.targets)),
            x.cost::bigint, 'ACCEPTED', x.fields
     FROM jsonb_to_recordset($2::jsonb)
       AS x(id text, title text, categories jsonb, targets jsonb, cost text, fields jsonb)`,
    [
      poolId,
      JSON.stringify(
        file.projects.map((p) => ({
          id: p.id,
          title: projectTitle(p),
          categories: p.category ?? [],
          targets: p.target ?? [],
          cost: p.costGrosze.toString(),
          fields: {
            ...p.fields,
            ...(p.votes === undefined ? {} : { votes: String(p.votes) }),
            ...(p.selected === undefined ? {} : { selected: p.selected ? '1' : '0' }),
          },
        })),
      ),
    ],
  );
}

/** Every ballot and approval in two statements; the voters are Pabulib's anonymous ids. */
export async function insertBallots(
  client: Queryable,
  editionId: string,
  poolId: string,
  file: PabulibFile,
) {
  const ballots = file.ballots.map((b) => ({ voter: b.voterId, fields: b.fields, vote: b.vote }));
  await client.query(
    `INSERT INTO budget_ballot (edition_id, district_pool_id, external_voter_id, source_fields, paper)
     SELECT $1, $2, x.voter, x.fields, false FROM jsonb_to_recordset($3::jsonb) AS x(voter text, fields jsonb)`,
    [editionId, poolId, JSON.stringify(ballots)],
  );
  await client.query(
    `INSERT INTO budget_ballot_approval (ballot_id, project_id)
     SELECT b.id, p.id
     FROM jsonb_to_recordset($3::jsonb) AS x(voter text, vote jsonb)
     CROSS JOIN LATERAL jsonb_array_elements_text(x.vote) AS v(ref)
     JOIN budget_ballot b ON b.edition_id = $1 AND b.external_voter_id = x.voter
     JOIN budget_project p ON p.pool_id = $2 AND p.external_id = v.ref`,
    [editionId, poolId, JSON.stringify(ballots)],
  );
}
