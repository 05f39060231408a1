import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUuid } from '../../db/uuid.js';
import { notFound } from '../../errors/domain-error.js';
import type { AccessTokenScope } from '../../generated/prisma/enums.js';
import { checkLength } from '../../graphql/text-argument.js';
import { recordAudit } from '../audit/audit.service.js';
import { checkExpiry, checkScopes } from './access-token.rules.js';
import { newSecret } from './credentials.js';
import { insertAccessToken, revokeAccessToken } from './identity.sql.js';
import { accessTokenPrefix } from './session.service.js';
import type { Viewer } from './viewer.js';

export type NewAccessToken = {
  name: string;
  scopes: readonly AccessTokenScope[];
  /** Null or absent: the token never expires. */
  expiresAt?: Date | null;
};

export class AccessTokenService {
  constructor(private readonly db: Database) {}

  /** A token of the creator's own; the token itself is returned this once, only its hash kept. */
  async create(creator: Viewer, input: NewAccessToken) {
    const name = checkLength(input.name, 'name', 1, 80);
    const scopes = checkScopes(creator, input.scopes);
    const expiresAt = checkExpiry(creator, input.expiresAt ?? null);
    const { secret, secretHash } = newSecret(accessTokenPrefix);
    // Audited: a token acts as its user (an admin's, with ADMIN, as an admin) wherever it goes.
    const accessToken = await inTransaction(this.db.pool, async (client) => {
      const token = await insertAccessToken(client, {
        userId: creator.userId,
        name,
        tokenHash: secretHash,
        scopes,
        expiresAt,
      });
      await recordAudit(client, {
        actorId: creator.userId,
        action: 'accessToken.create',
        targetType: 'AccessToken',
        targetId: token.id,
        after: { name, scopes, expiresAt },
      });
      return token;
    });
    return { token: secret, accessToken };
  }

  list(userId: string) {
    return this.db.prisma.accessToken.findMany({
      where: { userId },
      orderBy: { createdAt: 'desc' },
    });
  }

  async revoke(userId: string, id: string) {
    const message = `You have no active access token with id "${id}".`;
    if (!isUuid(id)) throw notFound(message, 'id', 'ACCESS_TOKEN_NOT_FOUND');
    await inTransaction(this.db.pool, async (client) => {
      const revoked = await revokeAccessToken(client, userId, id);
      if (!revoked) throw notFound(message, 'id', 'ACCESS_TOKEN_NOT_FOUND');
      await recordAudit(client, {
        actorId: userId,
        action: 'accessToken.revoke',
        targetType: 'AccessToken',
        targetId: id,
        before: { name: revoked.name },
      });
    });
  }
}
