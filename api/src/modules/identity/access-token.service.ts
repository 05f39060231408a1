import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, notFound } from '../../errors/domain-error.js';
import { newSecret } from './credentials.js';
import { accessTokenPrefix } from './session.service.js';

export class AccessTokenService {
  constructor(private readonly db: Database) {}

  /** The token itself is returned this once; only its hash is kept. */
  async create(userId: string, rawName: string) {
    const name = rawName.trim();
    if (name.length < 1 || name.length > 80) throw badInput('name', 'must be 1 to 80 characters');
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
    if (count === 0) throw notFound(`You have no active access token with id "${id}".`, 'id');
  }
}
