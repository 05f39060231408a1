import type { Services } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { createUser } from './scenario.js';

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
