import { isUuid } from '../../../db/uuid.js';
import { badInput, forbidden } from '../../../errors/domain-error.js';
import type { BudgetEdition } from '../editions/edition.type.js';
import { checkAge, checkDistrictPool } from './ballot.rules.js';

/** The ids a sheet names are ids, and its district pool is one of the edition's. */
export function checkSheet(
  edition: BudgetEdition,
  sheet: { districtPoolId: string | null; projectIds: readonly string[] },
) {
  const { districtPoolId, projectIds } = sheet;
  if (districtPoolId !== null && !isUuid(districtPoolId)) {
    throw badInput('districtPoolId', `"${districtPoolId}" is not a pool id`);
  }
  checkDistrictPool(edition, districtPoolId);
  const bad = projectIds.findIndex((id) => !isUuid(id));
  if (bad >= 0) throw badInput(`projectIds[${bad}]`, `"${projectIds[bad]}" is not a project id`);
}

/** The reference written on the paper ballot, trimmed: 1 to 100 characters. */
export function checkReference(value: string) {
  const reference = value.trim();
  const problem = 'give the reference on the paper ballot, 1 to 100 characters';
  if (reference === '') throw badInput('voterReference', problem, 'INPUT_REQUIRED');
  if (reference.length > 100) {
    throw badInput('voterReference', problem, 'INPUT_TOO_LONG', { max: 100 });
  }
  return reference;
}

/**
 * The voter a paper ballot counts for: a verified account of the edition's age, as online.
 * The office verifies the resident in person when they hand the sheet in, if not yet.
 */
export function checkPaperVoter<Voter extends { verified: boolean; birthYear: number | null }>(
  edition: BudgetEdition,
  voter: Voter | null,
): Voter {
  if (!voter) {
    throw badInput(
      'voterEmail',
      "no account has this e-mail; the voter's account is needed",
      'PAPER_BALLOT_VOTER_UNKNOWN',
    );
  }
  if (!voter.verified) {
    throw forbidden(
      "The voter's account is not verified; verify it before entering their ballot.",
      'voterEmail',
      'BALLOT_VOTER_NOT_VERIFIED',
    );
  }
  checkAge(voter, edition, 'voterEmail');
  return voter;
}
