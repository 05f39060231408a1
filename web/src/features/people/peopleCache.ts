import type { Cache } from '@urql/exchange-graphcache';
import { invalidateQueryField } from '../planner/plannerCache';

/** A verification changes the person found, the residents waiting and the staff home's count. */
export function invalidateAfterVerification(cache: Cache): void {
  for (const field of ['people', 'verificationRequests', 'staffOverview']) {
    invalidateQueryField(cache, field);
  }
}

/** A role granted or revoked changes the person found and who holds which role. */
export function invalidateAfterRoleChange(cache: Cache): void {
  for (const field of ['people', 'roleHolders']) invalidateQueryField(cache, field);
}
