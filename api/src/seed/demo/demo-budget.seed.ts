import type pg from 'pg';
import {
  type DemoPool,
  insertDemoEdition,
  insertDemoPools,
  insertPublishedResults,
  locateDemoProjects,
  selectDemoPools,
} from './demo-budget.sql.js';
import {
  type DemoPeople,
  seedDraftProposal,
  seedEvaluatedProposals,
} from './demo-budget-proposals.js';
import { readWarsaw2021Budget, type Warsaw2021Budget } from './warsaw-2021-budget.js';

export const historicTitle = 'Budżet obywatelski 2021 (dane z Pabulib)';
export const votingTitle = 'Budżet obywatelski 2026 (demo)';
export const proposalTitle = 'Budżet obywatelski 2027 (demo)';
const titles = [historicTitle, votingTitle, proposalTitle];

const illustrative = 'Lokalizacja na mapie jest przykładowa: wygenerowana w granicach dzielnicy.';
const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000);

type District = Warsaw2021Budget['districts'][number];

/**
 * Warsaw 2021 from Pabulib: 18 district pools, their projects, and results published as the
 * city published them: the official selection and each project's vote count. The ballots
 * themselves are not stored (about 100,000 of them), so the edition is never re-tallied: its
 * RESULTS phase is kept open and its results are frozen.
 */
async function seedHistoricEdition(client: pg.ClientBase, data: Warsaw2021Budget) {
  const editionId = await insertDemoEdition(
    client,
    { year: 2021, title: historicTitle, meta: { source: data.source } },
    [
      ['SUBMISSION', utc('2020-01-07'), utc('2020-02-05')],
      ['VERIFICATION', utc('2020-02-05'), utc('2020-07-01')],
      ['APPEALS', utc('2020-07-01'), utc('2020-08-01')],
      ['VOTING', utc('2020-09-01'), utc('2020-09-16')],
      ['RESULTS', utc('2020-09-16'), utc('2100-01-01')],
    ],
  );
  const pools: DemoPool[] = data.districts.map((d) => ({
    slug: d.slug,
    budget: d.budget,
    projects: d.projects.map((p) => ({ ...p, status: p.selected ? 'SELECTED' : 'NOT_SELECTED' })),
  }));
  const projects = await insertDemoPools(client, editionId, pools, illustrative);
  await locateDemoProjects(client, editionId, 2021);
  const poolIds = await selectDemoPools(client, editionId);
  const idOf = new Map(projects.map((p) => [`${p.poolId}/${p.ref}`, p.id]));
  const results = data.districts.map((d) => {
    const poolId = poolIds.get(d.slug) ?? '';
    return { poolId, result: officialResult(d, (ref) => idOf.get(`${poolId}/${ref}`) ?? '') };
  });
  await insertPublishedResults(client, editionId, results, utc('2020-09-30'));
}

/** A district's result as a tally stores it: selected first, then by votes. */
function officialResult(d: District, idOf: (ref: string) => string) {
  const projects = [...d.projects].sort(
    (a, b) => Number(b.selected) - Number(a.selected) || b.votes - a.votes,
  );
  const cost = d.projects.filter((p) => p.selected).reduce((sum, p) => sum + p.cost, 0);
  return {
    rule: 'greedy',
    budgetGrosze: String(d.budget * 100),
    costGrosze: String(cost * 100),
    projects: projects.map((p) => ({
      projectId: idOf(p.id),
      title: p.title,
      costGrosze: String(p.cost * 100),
      votes: p.votes,
      selected: p.selected,
    })),
    log: { officialFile: d.file, ballots: d.ballots },
  };
}

/** Districts of the demo editions; the voting one has each one's most voted 2021 projects. */
const currentDistricts = ['mokotow', 'wola', 'srodmiescie', 'praga-polnoc', 'ursynow'];
const projectsPerPool = 8;

/**
 * An edition in VOTING now, so that the demo accounts can vote; Warsaw's ballot limits. Two of
 * its Mokotów projects were proposed by the demo resident and evaluated, one after an appeal.
 */
async function seedVotingEdition(
  client: pg.ClientBase,
  data: Warsaw2021Budget,
  people: DemoPeople,
) {
  const editionId = await insertDemoEdition(client, { year: 2026, title: votingTitle, meta: {} }, [
    ['SUBMISSION', daysFromNow(-120), daysFromNow(-90)],
    ['VERIFICATION', daysFromNow(-90), daysFromNow(-45)],
    ['APPEALS', daysFromNow(-45), daysFromNow(-10)],
    ['VOTING', daysFromNow(-10), daysFromNow(20)],
    ['RESULTS', daysFromNow(20), daysFromNow(60)],
    ['IMPLEMENTATION', daysFromNow(60), daysFromNow(425)],
  ]);
  const pools = data.districts
    .filter((d) => currentDistricts.includes(d.slug))
    .map((d) => ({
      slug: d.slug,
      budget: d.budget,
      projects: [...d.projects]
        .sort((a, b) => b.votes - a.votes)
        .slice(0, projectsPerPool)
        .map((p) => ({ ...p, status: 'ACCEPTED' })),
    }));
  await insertDemoPools(client, editionId, pools, `Projekt z edycji 2021. ${illustrative}`);
  await locateDemoProjects(client, editionId, 2026);
  const mokotow = (await selectDemoPools(client, editionId)).get('mokotow') ?? '';
  await seedEvaluatedProposals(client, mokotow, people);
}

/**
 * An edition taking proposals now, from any signed-in resident, in the same districts; the
 * demo resident has a draft in Mokotów.
 */
async function seedProposalEdition(
  client: pg.ClientBase,
  data: Warsaw2021Budget,
  people: DemoPeople,
) {
  const edition = { year: 2027, title: proposalTitle, meta: {}, proposalsOpenToAll: true };
  const editionId = await insertDemoEdition(client, edition, [
    ['SUBMISSION', daysFromNow(-10), daysFromNow(30)],
    ['VERIFICATION', daysFromNow(30), daysFromNow(90)],
    ['APPEALS', daysFromNow(90), daysFromNow(110)],
    ['VOTING', daysFromNow(130), daysFromNow(150)],
    ['RESULTS', daysFromNow(150), daysFromNow(190)],
  ]);
  const pools = data.districts
    .filter((d) => currentDistricts.includes(d.slug))
    .map((d) => ({ slug: d.slug, budget: d.budget, projects: [] }));
  await insertDemoPools(client, editionId, pools, '');
  const mokotow = (await selectDemoPools(client, editionId)).get('mokotow') ?? '';
  await seedDraftProposal(client, mokotow, people);
}

/** The demo resident who proposes and the planner who evaluates. */
async function demoPeople(client: pg.ClientBase): Promise<DemoPeople> {
  const { rows } = await client.query<{ email: string; id: string }>(
    'SELECT email, id FROM app_user WHERE email = ANY($1)',
    [['resident@plac.local', 'planner@plac.local']],
  );
  const idOf = (email: string) => {
    const id = rows.find((r) => r.email === email)?.id;
    if (!id) throw new Error(`the demo budget needs the demo account ${email}`);
    return id;
  };
  return { residentId: idOf('resident@plac.local'), plannerId: idOf('planner@plac.local') };
}

/** The three demo editions, each loaded once. */
export async function seedDemoBudget(client: pg.ClientBase): Promise<void> {
  // Two loaders at once (tests) would both find nothing and load twice: queue them.
  await client.query("SELECT pg_advisory_xact_lock(hashtext('plac-demo-budget'))");
  const { rows } = await client.query<{ title: string }>(
    'SELECT title FROM budget_edition WHERE title = ANY($1)',
    [titles],
  );
  const present = new Set(rows.map((r) => r.title));
  if (titles.every((title) => present.has(title))) return;
  const data = readWarsaw2021Budget();
  if (!present.has(historicTitle)) await seedHistoricEdition(client, data);
  const people = await demoPeople(client);
  if (!present.has(votingTitle)) await seedVotingEdition(client, data, people);
  if (!present.has(proposalTitle)) await seedProposalEdition(client, data, people);
}
