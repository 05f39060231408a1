import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, forbidden, notFound } from '../../errors/domain-error.js';
import type { Role } from '../../generated/prisma/client.js';
import { checkLength } from '../../graphql/text-argument.js';
import { recordAudit } from '../audit/audit.service.js';
import type { UnitService } from '../units/unit.service.js';
import { checkBirthYear } from './account.service.js';
import {
  deleteRoleGrant,
  insertRoleGrant,
  markVerified,
  type RoleGrantKey,
} from './identity.sql.js';
import { isAdmin, type Viewer } from './viewer.js';

export type RoleGrantInput = { userId: string; role: Role; unitId?: string | null };
export type VerificationInput = { userId: string; method: string; birthYear?: number | null };

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

  async revoke(actor: Viewer, input: RoleGrantInput) {
    const grant = await this.checkGrant(input);
    await inTransaction(this.db.pool, async (client) => {
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

  /** Admins verify anyone; a planner of a district office verifies the residents who come to it. */
  async verify(actor: Viewer, input: VerificationInput) {
    const method = checkLength(input.method, 'method', 2, 80);
    const birthYear = checkBirthYear(input.birthYear);
    if (!isAdmin(actor)) await this.assertDistrictPlanner(actor);
    const before = await this.activeUser(input.userId);
    return inTransaction(this.db.pool, async (client) => {
      const user = await markVerified(client, {
        userId: before.id,
        verifiedById: actor.userId,
        method,
        birthYear,
      });
      await recordAudit(client, {
        actorId: actor.userId,
        action: 'user.verify',
        targetType: 'User',
        targetId: user.id,
        before: {
          verifiedAt: before.verifiedAt,
          method: before.verificationMethod,
          birthYear: before.birthYear,
        },
        after: { verifiedAt: user.verifiedAt, method, birthYear: user.birthYear },
      });
      return user;
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

  private async assertDistrictPlanner(actor: Viewer) {
    const offices = await this.db.prisma.organisationUnit.count({
      where: { id: { in: [...actor.plannerUnitIds] }, kind: 'DISTRICT_OFFICE' },
    });
    if (offices === 0)
      throw forbidden(
        'Only admins and planners of a district office verify residents.',
        undefined,
        'VERIFICATION_ONLY_DISTRICT_PLANNER',
      );
  }
}
