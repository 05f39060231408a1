import { badInput, forbidden } from '../../../errors/domain-error.js';
import type { Viewer } from '../../identity/viewer.js';
import type { BudgetEdition } from '../editions/edition.type.js';
import type { BallotProject } from './ballot.sql.js';

/** Verified, and old enough in the edition's year; else FORBIDDEN saying why. */
export function checkEligible(viewer: Viewer, edition: BudgetEdition) {
  if (!viewer.verified) {
    throw forbidden('Only verified residents may vote; verify your account first.');
  }
  if (edition.minAge > 0) {
    if (viewer.birthYear == null) {
      throw forbidden(`Voting needs an age of ${edition.minAge}; your account has no birth year.`);
    }
    if (edition.year - viewer.birthYear < edition.minAge) {
      throw forbidden(`Voting in ${edition.year} needs an age of at least ${edition.minAge}.`);
    }
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
  const seen = new Set<string>();
  const byId = new Map(found.map((p) => [p.id, p]));
  let district = 0;
  let citywide = 0;
  projectIds.forEach((id, i) => {
    const field = `projectIds[${i}]`;
    if (seen.has(id)) throw badInput(field, `project ${id} is approved twice`);
    seen.add(id);
    const project = byId.get(id);
    if (!project) throw badInput(field, `no project ${id} in edition ${edition.id}`);
    if (project.poolKind === 'CITYWIDE') citywide += 1;
    else if (project.poolId === districtPoolId) district += 1;
    else
      throw badInput(
        field,
        `project ${id} is in another district's pool; approve only projects of the chosen districtPoolId or city-wide ones`,
      );
    if (project.status !== 'ACCEPTED') {
      throw badInput(field, `project ${id} is ${project.status}, not on the ballot`);
    }
  });
  if (district > edition.areaMaxApprovals) {
    throw badInput(
      'projectIds',
      `approves ${district} district projects; the limit is ${edition.areaMaxApprovals}`,
    );
  }
  if (citywide > edition.citywideMaxApprovals) {
    throw badInput(
      'projectIds',
      `approves ${citywide} city-wide projects; the limit is ${edition.citywideMaxApprovals}`,
    );
  }
  if (projectIds.length === 0) throw badInput('projectIds', 'approve at least one project');
}

export function checkDistrictPool(edition: BudgetEdition, districtPoolId: string | null) {
  if (districtPoolId === null) return;
  const pool = edition.pools.find((p) => p.id === districtPoolId);
  if (pool?.kind !== 'AREA') {
    throw badInput('districtPoolId', `no district pool ${districtPoolId} in edition ${edition.id}`);
  }
}
