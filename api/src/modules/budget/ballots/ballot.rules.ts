import { badInput, forbidden } from '../../../errors/domain-error.js';
import type { Viewer } from '../../identity/viewer.js';
import type { BudgetEdition } from '../editions/edition.type.js';
import type { BallotProject } from './ballot.sql.js';

/** Only verified residents vote; else FORBIDDEN. */
export function checkVerified(viewer: Viewer) {
  if (!viewer.verified) {
    throw forbidden(
      'Voting needs a verified account (VERIFIED); verify your account first.',
      undefined,
      'BALLOT_VOTER_NOT_VERIFIED',
    );
  }
}

/** Old enough in the edition's year; else FORBIDDEN saying why (at `field`, if given). */
export function checkAge(
  viewer: Pick<Viewer, 'birthYear'>,
  edition: BudgetEdition,
  field?: string,
) {
  if (edition.minAge === 0) return;
  const { minAge, year } = edition;
  if (viewer.birthYear == null) {
    throw forbidden(
      `Voting needs an age of ${minAge}; the account has no birth year.`,
      field,
      'BALLOT_VOTER_NO_BIRTH_YEAR',
      { minAge },
    );
  }
  if (year - viewer.birthYear < minAge) {
    throw forbidden(
      `Voting in ${year} needs an age of at least ${minAge}.`,
      field,
      'BALLOT_VOTER_TOO_YOUNG',
      { minAge, year },
    );
  }
}

/**
 * Each approved project must be ACCEPTED and in the chosen district pool or the city-wide pool,
 * and each pool's approvals within its limit. `found` are the named projects in the edition.
 */
export function checkApprovals(
  edition: BudgetEdition,
  districtPoolId: string | null,
  projectIds: readonly string[],
  found: readonly BallotProject[],
) {
  const byId = new Map(found.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const approved = { AREA: 0, CITYWIDE: 0 };
  projectIds.forEach((id, i) => {
    const field = `projectIds[${i}]`;
    if (seen.has(id)) throw badInput(field, `project ${id} is approved twice`);
    seen.add(id);
    const project = onBallot(edition, districtPoolId, byId.get(id), { id, field });
    approved[project.poolKind] += 1;
  });
  checkLimit(approved.AREA, edition.areaMaxApprovals, 'AREA', 'district');
  checkLimit(approved.CITYWIDE, edition.citywideMaxApprovals, 'CITYWIDE', 'city-wide');
  if (projectIds.length === 0) {
    throw badInput('projectIds', 'approve at least one project', 'BALLOT_EMPTY');
  }
}

/** The project `id` names at `field`, if a ballot of this district pool may approve it. */
function onBallot(
  edition: BudgetEdition,
  districtPoolId: string | null,
  project: BallotProject | undefined,
  { id, field }: { id: string; field: string },
): BallotProject {
  if (!project) {
    throw badInput(
      field,
      `no project ${id} in edition ${edition.id}`,
      'BALLOT_PROJECT_NOT_ON_BALLOT',
    );
  }
  if (project.poolKind === 'AREA' && project.poolId !== districtPoolId) {
    throw badInput(
      field,
      `project ${id} is in another district's pool; approve only projects of the chosen districtPoolId or city-wide ones`,
      'BALLOT_OTHER_DISTRICT',
    );
  }
  if (project.status !== 'ACCEPTED') {
    throw badInput(
      field,
      `project ${id} is ${project.status}, not on the ballot`,
      'BALLOT_PROJECT_NOT_ON_BALLOT',
      { status: project.status },
    );
  }
  return project;
}

function checkLimit(approved: number, limit: number, poolKind: string, kind: string) {
  if (approved > limit) {
    throw badInput(
      'projectIds',
      `approves ${approved} ${kind} projects; the limit is ${limit}`,
      'BALLOT_OVER_LIMIT',
      { limit, approved, poolKind },
    );
  }
}

export function checkDistrictPool(edition: BudgetEdition, districtPoolId: string | null) {
  if (districtPoolId === null) return;
  const pool = edition.pools.find((p) => p.id === districtPoolId);
  if (pool?.kind !== 'AREA') {
    throw badInput('districtPoolId', `no district pool ${districtPoolId} in edition ${edition.id}`);
  }
}
