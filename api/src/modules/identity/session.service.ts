import type { Database } from '../../db/database.js';
import { DomainError, type ErrorReason } from '../../errors/domain-error.js';
import { hashSecret, newSecret } from './credentials.js';
import { insertSession, type Queryable } from './identity.sql.js';
import { selectAccessTokenNotingUse, selectSession } from './sign-in.sql.js';
import { toViewer, type Viewer } from './viewer.js';

export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
export const accessTokenPrefix = 'plac_pat_';

/** The viewer a request's credentials stand for, or why they stand for no one. */
export type Authentication = {
  viewer: Viewer | null;
  problem?: DomainError;
};

export class SessionService {
  constructor(private readonly db: Database) {}

  /** A new session; `db` is the client of the transaction that creates the account, if any. */
  async open(userId: string, db: Queryable = this.db.pool) {
    const { secret, secretHash } = newSecret();
    const expiresAt = new Date(Date.now() + sessionLifetimeMs);
    await insertSession(db, { userId, tokenHash: secretHash, expiresAt });
    return { secret, expiresAt };
  }

  async revoke(sessionId: string) {
    await this.db.prisma.session.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  }

  async authenticate(credentials: {
    sessionSecret?: string;
    bearer?: string;
  }): Promise<Authentication> {
    if (credentials.bearer) return this.fromAccessToken(credentials.bearer);
    if (credentials.sessionSecret) return this.fromSession(credentials.sessionSecret);
    return { viewer: null };
  }

  private async fromSession(secret: string): Promise<Authentication> {
    const session = await selectSession(this.db.pool, hashSecret(secret));
    const problem = !session
      ? sessionProblem('SESSION_UNKNOWN', 'Your session is not known; sign in again.')
      : session.revokedAt
        ? sessionProblem('SESSION_SIGNED_OUT', 'Your session was signed out; sign in again.')
        : session.expiresAt < new Date()
          ? sessionProblem('SESSION_EXPIRED', 'Your session has expired; sign in again.')
          : undefined;
    if (!session || problem) return { viewer: null, problem };
    return { viewer: toViewer(session.user, session.id) };
  }

  private async fromAccessToken(token: string): Promise<Authentication> {
    const found = await selectAccessTokenNotingUse(this.db.pool, hashSecret(token));
    const problem = !found
      ? tokenProblem('ACCESS_TOKEN_UNKNOWN', 'This access token is not known.')
      : found.revokedAt
        ? tokenProblem('ACCESS_TOKEN_REVOKED', 'This access token was revoked.')
        : found.expiresAt && found.expiresAt <= new Date()
          ? tokenProblem('ACCESS_TOKEN_EXPIRED', 'This access token has expired.')
          : undefined;
    if (!found || problem) return { viewer: null, problem };
    const grant = { scopes: new Set(found.scopes), expiresAt: found.expiresAt };
    return { viewer: toViewer(found.user, null, grant) };
  }
}

const sessionProblem = (reason: ErrorReason, message: string) =>
  new DomainError(reason, message, { field: 'session' });

const tokenProblem = (reason: ErrorReason, message: string) =>
  new DomainError(reason, message, { field: 'authorization' });
