import type pg from 'pg';
import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, conflict, notFound } from '../../errors/domain-error.js';
import type { Role } from '../../generated/prisma/client.js';
import { recordAudit } from '../audit/audit.service.js';
import type { UnitService } from '../units/unit.service.js';
import { deleteRoleGrant, insertRoleGrant, type RoleGrantKey } from './identity.sql.js';
import { holdsAdmin, lockAdminCount } from './role.sql.js';
import type { Viewer } from './viewer.js';

export type RoleGrantInput = { userId: string; role: Role; unitId?: string | null };

const lastAdmin = (field?: string) =>
  conflict('Plac needs at least one admin: grant another first.', field, 'LAST_ADMIN');

/**
 * Refuses, inside the transaction about to take `userId`'s ADMIN role away, when it is the
 * last one. The admin rows stay locked until that transaction ends.
 */
export async function keepOneAdmin(client: pg.ClientBase, userId: string, field?: string) {
  if (!(await holdsAdmin(client, userId))) return;
  if ((await lockAdminCount(client)) <= 1) throw lastAdmin(field);
}

export class RoleService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitService,
  ) {}

  /** Grants a role; granting one the user already holds changes nothing. */
  async grant(actor: Viewer, input: RoleGrantInput) {
    const grant = await this.checkGrant(input);
    await inTransaction(this.db.pool, async (client) => {
      if (!(await insertRoleGrant(client, grant))) return;
      await recordAudit(client, {
        actorId: actor.userId,
        action: 'role.grant',
        targetType: 'User',
        targetId: grant.userId,
        after: { role: grant.role, unitId: grant.unitId },
      });
    });
  }

  /** Revokes a role; the last ADMIN role is never revoked. */
  async revoke(actor: Viewer, input: RoleGrantInput) {
    const grant = await this.checkGrant(input);
    await inTransaction(this.db.pool, async (client) => {
      if (grant.role === 'ADMIN') await keepOneAdmin(client, grant.userId, 'input.userId');
      if (!(await deleteRoleGrant(client, grant))) {
        const where = grant.unitId ? ' in that unit' : '';
        throw notFound(`The user does not hold ${grant.role}${where}.`, 'role', 'ROLE_NOT_HELD');
      }
      await recordAudit(client, {
        actorId: actor.userId,
        action: 'role.revoke',
        targetType: 'User',
        targetId: grant.userId,
        before: { role: grant.role, unitId: grant.unitId },
      });
    });
  }

  /** The grant as stored: the user must be active, and only a PLANNER role names a unit. */
  private async checkGrant(input: RoleGrantInput): Promise<RoleGrantKey> {
    await this.activeUser(input.userId);
    if (input.role !== 'PLANNER') {
      if (input.unitId != null)
        throw badInput('unitId', 'only a PLANNER role is scoped to a unit', 'ROLE_UNIT_UNEXPECTED');
      return { userId: input.userId, role: input.role, unitId: null };
    }
    if (input.unitId == null)
      throw badInput(
        'unitId',
        'a PLANNER role needs the unit it is scoped to',
        'ROLE_UNIT_REQUIRED',
      );
    const unit = await this.units.find(input.unitId, 'unitId');
    return { userId: input.userId, role: input.role, unitId: unit.id };
  }

  private async activeUser(userId: string) {
    const user = isUuid(userId)
      ? await this.db.prisma.user.findUnique({ where: { id: userId } })
      : null;
    if (!user || user.deletedAt)
      throw notFound(`No user has id "${userId}".`, 'userId', 'USER_NOT_FOUND');
    return user;
  }
}
