import { uniqueEmail } from '../../../test/scenario.js';
import type { useTestServer } from '../../../test/server.js';
import type { Services } from '../../context.js';
import type { Database } from '../../db/database.js';
import type { NewAccessToken } from './access-token.service.js';
import { sessionCookieName } from './request-credentials.js';
import type { SessionService } from './session.service.js';
import { warsawToday } from './verification.inputs.js';
import { scopesOf } from './viewer.js';

type Request = ReturnType<typeof useTestServer>['request'];

export const signUpMutation =
  'mutation ($input: SignUpInput!) { signUp(input: $input) { id displayName email } }';

/** The password of every resident these scenarios sign up. */
export const residentPassword = 'correct horse battery';

/** The session cookie a response sets: the Set-Cookie header, and the cookie to send back. */
export function sessionCookie(res: Response) {
  const header = res.headers.getSetCookie().find((c) => c.startsWith(`${sessionCookieName}=`));
  return { header, cookie: header?.split(';')[0] ?? '' };
}

/**
 * Test data: a resident who signed up through the API as "Ola", with the cookie of the session
 * it opened. The body is the API's answer, for tests of signing up itself.
 */
export async function signedUpResident(request: Request, email = uniqueEmail('resident')) {
  const { res, body } = await request<{ signUp: { id: string } }>(signUpMutation, {
    input: { email, password: residentPassword, displayName: 'Ola' },
  });
  return { email, userId: body.data?.signUp.id ?? '', ...sessionCookie(res), body };
}

/** Test data: every session of the user expired a second ago. */
export async function expireSessions(db: Database, userId: string) {
  await db.prisma.session.updateMany({
    where: { userId },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
}

/** Test data: the account was made `days` ago. */
export async function accountAged(db: Database, userId: string, days: number) {
  await db.prisma.user.update({
    where: { id: userId },
    data: { createdAt: new Date(Date.now() - days * 24 * 3600 * 1000) },
  });
}

/** Test data: the access token was made two days ago and expired a second ago. */
export async function expireAccessToken(db: Database, id: string) {
  const now = Date.now();
  await db.prisma.accessToken.update({
    where: { id },
    data: { createdAt: new Date(now - 2 * 86_400_000), expiresAt: new Date(now - 1000) },
  });
}

/** Test data: the user holds a city-wide role, granted straight in the database. */
export async function holdsRole(db: Database, userId: string, role: 'MODERATOR' | 'ADMIN') {
  await db.prisma.roleGrant.create({ data: { userId, role } });
}

/** Test data: the viewer of a fresh session of the user, as a resolver gets it. */
export async function sessionViewer(sessions: SessionService, userId: string) {
  const { secret } = await sessions.open(userId);
  const { viewer } = await sessions.authenticate({ sessionSecret: secret });
  if (!viewer) throw new Error(`a new session of ${userId} signed no one in`);
  return viewer;
}

/**
 * Test data: an access token of the user, made from a session of theirs; by default with every
 * scope the user has and no expiry.
 */
export async function accessTokenOf(
  services: Pick<Services, 'sessions' | 'accessTokens'>,
  userId: string,
  token: Partial<NewAccessToken> = {},
) {
  const viewer = await sessionViewer(services.sessions, userId);
  const scopes = [...scopesOf(viewer)];
  return services.accessTokens.create(viewer, { name: 'test', scopes, ...token });
}

export const verifyMutation =
  'mutation ($input: VerificationInput!) { verifyResident(input: $input) { id verified } }';

/** verifyResident's variables: an ID card seen today, in person, at `unitId`. */
export const verificationOf = (
  userId: string,
  unitId: string,
  more: Record<string, unknown> = {},
) => ({
  input: {
    userId,
    method: 'IN_PERSON',
    document: 'ID_CARD',
    checkedOn: warsawToday(),
    unitId,
    ...more,
  },
});
