import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { notFound } from '../../errors/domain-error.js';
import { checkLength } from '../../graphql/text-argument.js';
import { newSecret } from './credentials.js';
import { accessTokenPrefix } from './session.service.js';

export class AccessTokenService {
  constructor(private readonly db: Database) {}

  /** The token itself is returned this once; only its hash is kept. */
  async create(userId: string, rawName: string) {
    const name = checkLength(rawName, 'name', 1, 80);
    const { secret, secretHash } = newSecret(accessTokenPrefix);
    const accessToken = await this.db.prisma.accessToken.create({
      data: { userId, name, tokenHash: secretHash },
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
