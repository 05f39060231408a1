import type { Services } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { accessTokenOf } from '../src/modules/identity/identity.scenario.js';
import type { Persona } from './access-matrix.js';
import { createUser, unitBySlug } from './scenario.js';

/** A user with roles and the bearer header that signs requests in as them, with every scope. */
export async function signedInUser(
  db: Database,
  services: Services,
  name: string,
  options: Parameters<typeof createUser>[2] = {},
) {
  const user = await createUser(db, name, options);
  const { token } = await accessTokenOf(services, user.id);
  return { user, headers: { authorization: `Bearer ${token}` } };
}

export type SignedIn = Awaited<ReturnType<typeof signedInUser>>;

/** A planner of the organisation unit with this slug, signed in. */
export async function plannerOf(db: Database, services: Services, unitSlug: string, name: string) {
  const unit = await unitBySlug(db, unitSlug);
  return signedInUser(db, services, name, { roles: [{ role: 'PLANNER', unitId: unit.id }] });
}

/**
 * Those who run consultations, signed in: "planner" of Mokotów's district office (which runs
 * the test consultations), "other" of Wola's (who has no say over them) and "admin".
 */
export async function organisers(db: Database, services: Services) {
  return {
    planner: await plannerOf(db, services, 'urzad-dzielnicy-mokotow', 'planner'),
    otherPlanner: await plannerOf(db, services, 'urzad-dzielnicy-wola', 'other'),
    admin: await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] }),
  };
}

/**
 * The access matrix's people, signed in: the request headers of each but the anonymous one.
 * The owning unit is the one whose consultations and projects the matrix's calls act on.
 */
export async function matrixPersonas(
  db: Database,
  services: Services,
  units: { owningUnitId: string; otherUnitId: string },
) {
  const roles: Record<Exclude<Persona, 'anonymous'>, Parameters<typeof createUser>[2]> = {
    resident: {},
    verifiedResident: { verified: true },
    moderator: { roles: [{ role: 'MODERATOR' }] },
    plannerOfOwningUnit: { roles: [{ role: 'PLANNER', unitId: units.owningUnitId }] },
    plannerOfOtherUnit: { roles: [{ role: 'PLANNER', unitId: units.otherUnitId }] },
    admin: { roles: [{ role: 'ADMIN' }] },
  };
  const headers = new Map<Persona, Record<string, string>>([['anonymous', {}]]);
  for (const [persona, options] of Object.entries(roles)) {
    headers.set(persona as Persona, (await signedInUser(db, services, persona, options)).headers);
  }
  return headers;
}
