import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { notFound } from '../../errors/domain-error.js';
import type { AccessTokenScope } from '../../generated/prisma/enums.js';
import { checkLength } from '../../graphql/text-argument.js';
import { checkExpiry, checkScopes } from './access-token.rules.js';
import { newSecret } from './credentials.js';
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
    const accessToken = await this.db.prisma.accessToken.create({
      data: { userId: creator.userId, name, tokenHash: secretHash, scopes, expiresAt },
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
    const { count } = isUuid(id)
      ? await this.db.prisma.accessToken.updateMany({
          where: { id, userId, revokedAt: null },
          data: { revokedAt: new Date() },
        })
      : { count: 0 };
    if (count === 0) {
      const message = `You have no active access token with id "${id}".`;
      throw notFound(message, 'id', 'ACCESS_TOKEN_NOT_FOUND');
    }
  }
}
