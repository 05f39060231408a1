import DataLoader from 'dataloader';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { notFound } from '../../errors/domain-error.js';

export class UserService {
  constructor(private readonly db: Database) {}

  async find(id: string) {
    const user = isUuid(id) ? await this.db.prisma.user.findUnique({ where: { id } }) : null;
    if (!user) throw notFound(`No user has id "${id}".`, 'id', 'USER_NOT_FOUND');
    return user;
  }

  /** Per request: users by id, e.g. the authors of a page of comments. */
  userLoader() {
    return new DataLoader(async (ids: readonly string[]) => {
      const users = await this.db.prisma.user.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(users.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Per request: role grants by user id. */
  rolesLoader() {
    return new DataLoader(async (userIds: readonly string[]) => {
      const grants = await this.db.prisma.roleGrant.findMany({
        where: { userId: { in: [...userIds] } },
        include: { unit: true },
        orderBy: { createdAt: 'asc' },
      });
      return userIds.map((id) => grants.filter((g) => g.userId === id));
    });
  }
}
