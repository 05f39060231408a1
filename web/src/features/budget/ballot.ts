import type { BudgetPoolKind } from './budgetStatus';

/** The edition's ballot limits (most approvals per pool kind). */
export type BallotLimits = { areaMaxApprovals: number; citywideMaxApprovals: number };

export type BallotPool = { id: string; kind: BudgetPoolKind };
export type BallotProject = { id: string; poolId: string; status: string };

/** What the voter has chosen so far: one district pool (or none) and projects. */
export type BallotChoice = { districtPoolId: string | null; projectIds: readonly string[] };

export type PoolCount = {
  /** Projects chosen in this pool. */
  chosen: number;
  /** Most that may be chosen: the edition's limit, or every project when there are fewer. */
  limit: number;
  /** Projects of this pool on the ballot. */
  available: number;
  /** The edition's limit is below the number of projects: the voter must pick. */
  limited: boolean;
};

export type BallotCount = { district: PoolCount | null; citywide: PoolCount | null; total: number };

/** Why a project cannot be added to the ballot now. */
export type Refusal = 'notOnBallot' | 'otherDistrict' | 'noDistrictChosen' | 'overLimit';

/** Only ACCEPTED projects are on the ballot. */
export const onBallot = (project: BallotProject) => project.status === 'ACCEPTED';

function poolCount(
  projects: readonly BallotProject[],
  poolIds: ReadonlySet<string>,
  chosen: ReadonlySet<string>,
  editionLimit: number,
): PoolCount {
  const inPools = projects.filter((p) => poolIds.has(p.poolId) && onBallot(p));
  const available = inPools.length;
  return {
    chosen: inPools.filter((p) => chosen.has(p.id)).length,
    limit: Math.min(editionLimit, available),
    available,
    limited: editionLimit < available,
  };
}

/** Counts the choice per pool against the edition's limits. */
export function countBallot(
  limits: BallotLimits,
  pools: readonly BallotPool[],
  projects: readonly BallotProject[],
  choice: BallotChoice,
): BallotCount {
  const chosen = new Set(choice.projectIds);
  const citywidePools = new Set(pools.filter((p) => p.kind === 'CITYWIDE').map((p) => p.id));
  const district = choice.districtPoolId
    ? poolCount(projects, new Set([choice.districtPoolId]), chosen, limits.areaMaxApprovals)
    : null;
  const citywide =
    citywidePools.size > 0
      ? poolCount(projects, citywidePools, chosen, limits.citywideMaxApprovals)
      : null;
  return { district, citywide, total: (district?.chosen ?? 0) + (citywide?.chosen ?? 0) };
}

/** Why `project` cannot be added to `choice`, or null when it can. */
export function refusalOf(
  limits: BallotLimits,
  pools: readonly BallotPool[],
  projects: readonly BallotProject[],
  choice: BallotChoice,
  project: BallotProject,
): Refusal | null {
  if (!onBallot(project)) return 'notOnBallot';
  const pool = pools.find((p) => p.id === project.poolId);
  const count = countBallot(limits, pools, projects, choice);
  if (pool?.kind === 'CITYWIDE') {
    return (count.citywide?.chosen ?? 0) >= limits.citywideMaxApprovals ? 'overLimit' : null;
  }
  if (!choice.districtPoolId) return 'noDistrictChosen';
  if (project.poolId !== choice.districtPoolId) return 'otherDistrict';
  return (count.district?.chosen ?? 0) >= limits.areaMaxApprovals ? 'overLimit' : null;
}

/** Adds the project, or takes it off when chosen; a refused addition leaves the choice as is. */
export function toggleProject(
  limits: BallotLimits,
  pools: readonly BallotPool[],
  projects: readonly BallotProject[],
  choice: BallotChoice,
  project: BallotProject,
): { choice: BallotChoice; refused: Refusal | null } {
  if (choice.projectIds.includes(project.id)) {
    return {
      choice: { ...choice, projectIds: choice.projectIds.filter((id) => id !== project.id) },
      refused: null,
    };
  }
  const refused = refusalOf(limits, pools, projects, choice, project);
  if (refused) return { choice, refused };
  return { choice: { ...choice, projectIds: [...choice.projectIds, project.id] }, refused: null };
}

/**
 * Chooses the district pool (one per ballot): projects already chosen in another district's
 * pool are dropped, city-wide ones kept.
 */
export function chooseDistrict(
  pools: readonly BallotPool[],
  projects: readonly BallotProject[],
  choice: BallotChoice,
  districtPoolId: string | null,
): BallotChoice {
  const citywide = new Set(pools.filter((p) => p.kind === 'CITYWIDE').map((p) => p.id));
  const poolOf = new Map(projects.map((p) => [p.id, p.poolId]));
  const kept = choice.projectIds.filter((id) => {
    const poolId = poolOf.get(id);
    return poolId !== undefined && (citywide.has(poolId) || poolId === districtPoolId);
  });
  return { districtPoolId, projectIds: kept };
}

/** The ballot may be cast: at least one project, and within every limit. */
export function canCast(count: BallotCount): boolean {
  const within = (pool: PoolCount | null) => !pool || pool.chosen <= pool.limit;
  return count.total > 0 && within(count.district) && within(count.citywide);
}

/** The pools a ballot covers, as the voter filled them in: the chosen district's, then the city's. */
export function ballotPools<P extends BallotPool>(
  pools: readonly P[],
  districtPoolId: string | null,
): P[] {
  return [
    ...pools.filter((pool) => pool.id === districtPoolId && pool.kind === 'AREA'),
    ...pools.filter((pool) => pool.kind === 'CITYWIDE'),
  ];
}
