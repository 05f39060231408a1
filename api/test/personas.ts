import type { Services } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { createUser, unitBySlug } from './scenario.js';

/** A user with roles and the bearer header that signs requests in as them. */
export async function signedInUser(
  db: Database,
  services: Services,
  name: string,
  options: Parameters<typeof createUser>[2] = {},
) {
  const user = await createUser(db, name, options);
  const { token } = await services.accessTokens.create(user.id, 'test');
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
