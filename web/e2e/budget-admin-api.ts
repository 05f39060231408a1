// What an admin does over the API to set an edition up, step by step, each in its phase.

/** Runs a GraphQL operation as a signed-in admin; throws on errors. */
export type AdminApi = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

type Phase = 'SUBMISSION' | 'VERIFICATION' | 'APPEALS' | 'VOTING' | 'RESULTS';
type Geometry = { type: string; coordinates: unknown };
export type Project = {
  title: string;
  costGrosze: string;
  categories?: string[];
  targetGroups?: string[];
  costLines?: { item: string; amountGrosze: string }[];
  locations?: Geometry[];
  rejectionReason?: string;
};

const DAY_MS = 86_400_000;
export const point = (lng: number, lat: number) => ({ type: 'Point', coordinates: [lng, lat] });

/** Phases as `[phase, from, to]` in days from now. */
export const schedule = (...phases: [Phase, number, number][]) =>
  phases.map(([phase, from, to]) => ({
    phase,
    startsAt: new Date(Date.now() + from * DAY_MS).toISOString(),
    endsAt: new Date(Date.now() + to * DAY_MS).toISOString(),
  }));

export async function createEdition(
  api: AdminApi,
  input: { year: number; title: string; area: number; citywide: number },
) {
  const { createBudgetEdition } = await api<{ createBudgetEdition: { id: string } }>(
    'mutation ($i: BudgetEditionInput!) { createBudgetEdition(input: $i) { id } }',
    {
      i: {
        year: input.year,
        title: input.title,
        areaMaxApprovals: input.area,
        citywideMaxApprovals: input.citywide,
        areaMinVotes: 1,
        citywideMinVotes: 1,
        minAge: 16,
        phases: schedule(['SUBMISSION', -1, 1]),
      },
    },
  );
  return createBudgetEdition.id;
}

export function setPhases(api: AdminApi, editionId: string, phases: ReturnType<typeof schedule>) {
  return api(
    'mutation ($e: ID!, $p: [BudgetPhasePeriodInput!]!) { setBudgetEditionPhases(editionId: $e, phases: $p) { id } }',
    { e: editionId, p: phases },
  );
}

/** Warsaw's units: district offices (with their areas) by slug, and a city bureau. */
export async function units(api: AdminApi) {
  const { units } = await api<{
    units: { id: string; slug: string; kind: string; area: { id: string } | null }[];
  }>('{ units { id slug kind area { id } } }');
  const office = (district: string) => {
    const unit = units.find((u) => u.slug === `urzad-dzielnicy-${district}`);
    if (!unit?.area) throw new Error(`no district office for ${district}`);
    return { unitId: unit.id, areaId: unit.area.id, kind: 'AREA' };
  };
  const bureau = units
    .filter((u) => u.kind === 'CITY_BUREAU')
    .sort((a, b) => a.slug.localeCompare(b.slug))[0];
  if (!bureau) throw new Error('no city bureau');
  return { office, citywide: { unitId: bureau.id, kind: 'CITYWIDE' } };
}

export async function createPool(
  api: AdminApi,
  editionId: string,
  owner: { unitId: string; areaId?: string; kind: string },
  name: string,
  amountGrosze: string,
) {
  const { createBudgetPool } = await api<{ createBudgetPool: { id: string } }>(
    'mutation ($i: BudgetPoolInput!) { createBudgetPool(input: $i) { id } }',
    { i: { editionId, name, amountGrosze, ...owner } },
  );
  return createBudgetPool.id;
}

async function createProject(api: AdminApi, poolId: string, project: Project) {
  const { rejectionReason: _, ...input } = project;
  const { createBudgetProject } = await api<{ createBudgetProject: { id: string } }>(
    'mutation ($p: ID!, $i: BudgetProjectInput!) { createBudgetProject(poolId: $p, input: $i) { id } }',
    {
      p: poolId,
      i: {
        description: `${project.title}: opis projektu.`,
        categories: ['zieleń'],
        targetGroups: ['mieszkańcy'],
        ...input,
      },
    },
  );
  return createBudgetProject.id;
}

const decide =
  'mutation ($p: ID!, $i: EvaluationDecisionInput!) { decideBudgetEvaluation(projectId: $p, input: $i) { project { id } } }';

/**
 * Verification as the office decides it: a positive formal check, then a positive merit
 * evaluation (ACCEPTED), or a negative formal check with the project's reason (REJECTED).
 */
async function verify(api: AdminApi, projectId: string, project: Project) {
  const reason = project.rejectionReason;
  if (reason !== undefined) {
    await api(decide, {
      p: projectId,
      i: { decision: 'NEGATIVE', justification: reason, checklist: [] },
    });
    return;
  }
  const positive = { p: projectId, i: { decision: 'POSITIVE', checklist: [] } };
  await api(decide, positive); // the formal check opens the merit evaluation
  await api(decide, positive);
}

/**
 * Submits each pool's projects, then verifies them: the edition ends in VERIFICATION. The ids
 * come back under the projects' names.
 */
export async function submitAndVerify<K extends string>(
  api: AdminApi,
  editionId: string,
  projects: Record<K, Project & { poolId: string }>,
) {
  const entries = Object.entries(projects) as [K, Project & { poolId: string }][];
  const ids = {} as Record<K, string>;
  for (const [name, { poolId, ...project }] of entries) {
    ids[name] = await createProject(api, poolId, project);
  }
  await setPhases(api, editionId, schedule(['SUBMISSION', -90, -1], ['VERIFICATION', -1, 1]));
  await api('mutation ($p: [ID!]!) { startBudgetVerification(projectIds: $p) }', {
    p: Object.values(ids),
  });
  for (const [name, project] of entries) await verify(api, ids[name], project);
  return ids;
}
