import { beforeAll, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { useTestServer } from '../../../test/server.js';
import { seedDemoData } from '../seed.js';
import { historicTitle, proposalTitle, votingTitle } from './demo-budget.seed.js';
import { readWarsaw2021Budget } from './warsaw-2021-budget.js';

const { db, services, request } = useTestServer();
const data = readWarsaw2021Budget();
const editionIds = new Map<string, string>();

type Edition = { id: string; title: string; currentPhase: string; pools: { id: string }[] };

// One file seeds the demo, twice: on the embedded database, two files seeding at once would
// interleave in its single session, which no lock can queue.
beforeAll(async () => {
  await seedDemoData(db, 10_000);
  await seedDemoData(db, 10_000);
  const { body } = await request<{ editions: Edition[] }>(
    '{ editions { id title currentPhase pools { id } } }',
  );
  for (const e of body.data?.editions ?? []) editionIds.set(e.title, e.id);
});

const edition = async (title: string) => {
  const { body } = await request<{ edition: Edition }>(
    'query ($id: ID!) { edition(id: $id) { id title currentPhase pools { id } } }',
    { id: editionIds.get(title) },
  );
  return body.data?.edition;
};

test('the demo has two open consultations in Mokotów with several hundred comments, and loads once', async () => {
  const { rows } = await db.pool.query<{
    title: string;
    comments: number;
    replies: number;
    supports: number;
    answered: number;
    outside: number;
  }>(
    `SELECT c.title,
            count(m.id) FILTER (WHERE m.parent_id IS NULL)::int AS comments,
            count(m.id) FILTER (WHERE m.parent_id IS NOT NULL)::int AS replies,
            (SELECT count(*)::int FROM comment_support s JOIN comment x ON x.id = s.comment_id WHERE x.consultation_id = c.id) AS supports,
            (SELECT count(*)::int FROM official_response r JOIN comment x ON x.id = r.comment_id WHERE x.consultation_id = c.id) AS answered,
            count(m.id) FILTER (WHERE m.parent_id IS NULL AND NOT ST_Within(m.geometry, c.area))::int AS outside
     FROM consultation c JOIN comment m ON m.consultation_id = c.id
     WHERE c.title LIKE 'Miejscowy plan%' OR c.title LIKE 'Przebudowa Parku%'
     GROUP BY c.id ORDER BY c.title`,
  );
  expect(rows).toHaveLength(2);
  const total = rows.reduce((sum, r) => sum + r.comments, 0);
  expect(total).toBeGreaterThan(300);
  const zoned = await db.pool.query<{ zoned: number }>(
    `SELECT count(*)::int AS zoned FROM comment m JOIN consultation c ON c.id = m.consultation_id
     WHERE c.title LIKE 'Miejscowy plan%' AND m.zone_id IS NOT NULL`,
  );
  expect(zoned.rows[0]?.zoned, 'plan remarks in a zone').toBeGreaterThan(100);
  for (const row of rows) {
    expect(row.comments, row.title).toBeGreaterThan(100);
    expect(row.replies, row.title).toBeGreaterThan(5);
    expect(row.supports, row.title).toBeGreaterThan(row.comments / 2);
    expect(row.answered, row.title).toBeGreaterThan(10);
    expect(row.outside, row.title).toBe(0);
  }
});

/** Projects of the edition, how many are located illustratively inside their pool's district. */
const located = async (editionId: string | undefined) =>
  (
    await db.pool.query<{ projects: number; inside: number }>(
      `SELECT count(DISTINCT p.id)::int AS projects,
              count(l.id) FILTER (WHERE ST_CoveredBy(l.geometry, a.geometry))::int AS inside,
              count(l.id) FILTER (WHERE l.illustrative)::int AS illustrative
       FROM budget_project p JOIN budget_pool pl ON pl.id = p.pool_id JOIN area a ON a.id = pl.area_id
       LEFT JOIN budget_project_location l ON l.project_id = p.id WHERE pl.edition_id = $1`,
      [editionId],
    )
  ).rows[0];

test('each demo edition loads once', async () => {
  const { rows } = await db.pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM budget_edition WHERE title = ANY($1) GROUP BY title',
    [[historicTitle, votingTitle, proposalTitle]],
  );
  expect(rows).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
});

test('Warsaw 2021: 18 district pools, every project located illustratively in its district', async () => {
  const e = await edition(historicTitle);
  expect(e?.currentPhase).toBe('RESULTS');
  expect(e?.pools).toHaveLength(18);
  const total = data.districts.reduce((sum, d) => sum + d.projects.length, 0);
  expect(await located(e?.id)).toEqual({ projects: total, inside: total, illustrative: total });
  const { body } = await request<{ projects: { totalCount: number } }>(
    'query ($e: ID) { projects(filter: { editionId: $e }) { totalCount } }',
    { e: e?.id },
  );
  expect(body.data?.projects.totalCount).toBe(total);
});

test("Warsaw 2021: published results are the city's, with Pabulib's vote counts", async () => {
  type Result = {
    poolName: string;
    publishedAt: string | null;
    cost: { pln: string };
    projects: { title: string; votes: number; selected: boolean }[];
  };
  const { body } = await request<{ results: Result[] }>(
    `query ($e: ID!) { results(editionId: $e) {
       poolName publishedAt cost { pln } projects { title votes selected } } }`,
    { e: editionIds.get(historicTitle) },
  );
  const results = body.data?.results ?? [];
  expect(results).toHaveLength(18);
  expect(results.every((r) => r.publishedAt)).toBe(true);
  const mokotow = results.find((r) => r.poolName === 'Mokotów');
  const file = data.districts.find((d) => d.slug === 'mokotow');
  const official = file?.projects.filter((p) => p.selected) ?? [];
  expect(mokotow?.projects.filter((p) => p.selected)).toHaveLength(official.length);
  expect(mokotow?.projects[0]).toEqual({
    title: 'Ratujemy staw przy Dolnej',
    votes: 4303,
    selected: true,
  });
  const cost = official.reduce((sum, p) => sum + p.cost, 0);
  expect(mokotow?.cost.pln).toBe(`${cost}.00`);
  const tally = await request(
    'mutation ($e: ID!) { tallyEdition(editionId: $e) { poolId } }',
    { e: editionIds.get(historicTitle) },
    (await signedInUser(db, services, 'demo-admin', { roles: [{ role: 'ADMIN' }] })).headers,
  );
  expect(tally.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
});

test('the 2026 demo edition is in VOTING, located, and a verified resident can vote', async () => {
  const e = await edition(votingTitle);
  expect(e?.currentPhase).toBe('VOTING');
  expect(e?.pools.length).toBeGreaterThanOrEqual(3);
  const where = await located(e?.id);
  expect(where?.inside).toBe(where?.projects);
  const { body: listed } = await request<{
    projects: { edges: { node: { id: string; poolId: string; status: string } }[] };
  }>(
    'query ($e: ID) { projects(filter: { editionId: $e }, first: 100) { edges { node { id poolId status } } } }',
    { e: e?.id },
  );
  const nodes = listed.data?.projects.edges.map((x) => x.node) ?? [];
  expect(nodes.every((n) => n.status === 'ACCEPTED')).toBe(true);
  const poolId = e?.pools[0]?.id;
  const mine = nodes.filter((n) => n.poolId === poolId).map((n) => n.id);
  const voter = await signedInUser(db, services, 'demo-voter', { verified: true });
  const { body } = await request(
    `mutation ($e: ID!, $d: ID, $p: [ID!]!) {
       castBallot(editionId: $e, districtPoolId: $d, projectIds: $p) { projectIds } }`,
    { e: e?.id, d: poolId, p: mine },
    voter.headers,
  );
  expect(body.errors).toBeUndefined();
  expect(mine.length).toBeGreaterThan(3);
});

test("the 2026 demo's resident-proposed projects: authors, both evaluations, one reinstated on appeal", async () => {
  const { rows } = await db.pool.query<{
    title: string;
    status: string;
    author: string;
    decisions: string[];
    appeal: string | null;
  }>(
    `SELECT p.title, p.status, u.email AS author,
            ARRAY(SELECT e.stage || ' ' || e.decision FROM budget_project_evaluation e
                  WHERE e.project_id = p.id ORDER BY e.stage) AS decisions,
            (SELECT a.decision::text FROM budget_project_appeal a WHERE a.project_id = p.id) AS appeal
     FROM budget_project p JOIN budget_pool pl ON pl.id = p.pool_id
     JOIN budget_project_author au ON au.project_id = p.id AND au.role = 'AUTHOR'
     JOIN app_user u ON u.id = au.user_id
     WHERE pl.edition_id = $1 ORDER BY p.title`,
    [editionIds.get(votingTitle)],
  );
  expect(rows).toEqual([
    {
      title: 'Oświetlenie alejki w Parku Dreszera',
      status: 'ACCEPTED',
      author: 'resident@plac.local',
      decisions: ['FORMAL POSITIVE', 'MERIT NEGATIVE'],
      appeal: 'REINSTATED',
    },
    {
      title: 'Zielony skwer przy Odyńca',
      status: 'ACCEPTED',
      author: 'resident@plac.local',
      decisions: ['FORMAL POSITIVE', 'MERIT POSITIVE'],
      appeal: null,
    },
  ]);
});

test('the 2027 demo edition takes proposals from any resident; the demo resident has a draft', async () => {
  const e = await edition(proposalTitle);
  expect(e?.currentPhase).toBe('SUBMISSION');
  expect(e?.pools.length).toBeGreaterThanOrEqual(3);
  const { rows } = await db.pool.query<{ open: boolean; status: string; email: string }>(
    `SELECT ed.proposals_open_to_all AS open, p.status, u.email
     FROM budget_edition ed JOIN budget_pool pl ON pl.edition_id = ed.id
     JOIN budget_project p ON p.pool_id = pl.id
     JOIN budget_project_author au ON au.project_id = p.id JOIN app_user u ON u.id = au.user_id
     WHERE ed.id = $1`,
    [e?.id],
  );
  expect(rows).toEqual([{ open: true, status: 'DRAFT', email: 'resident@plac.local' }]);
});
