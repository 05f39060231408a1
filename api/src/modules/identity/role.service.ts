import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, forbidden, notFound } from '../../errors/domain-error.js';
import type { Prisma, Role } from '../../generated/prisma/client.js';
import { recordAuditInPrisma } from '../audit/audit.service.js';
import { checkBirthYear } from './account.service.js';
import { isAdmin, type Viewer } from './viewer.js';

export type RoleGrantInput = { userId: string; role: Role; unitId?: string | null };
export type VerificationInput = { userId: string; method: string; birthYear?: number | null };

async function activeUser(tx: Prisma.TransactionClient, userId: string) {
  const user = isUuid(userId) ? await tx.user.findUnique({ where: { id: userId } }) : null;
  if (!user || user.deletedAt) throw notFound(`No user has id "${userId}".`, 'userId');
  return user;
}

async function checkScope(tx: Prisma.TransactionClient, input: RoleGrantInput) {
  if (input.role !== 'PLANNER') {
    if (input.unitId != null) throw badInput('unitId', `only a PLANNER role is scoped to a unit`);
    return null;
  }
  if (input.unitId == null)
    throw badInput('unitId', 'a PLANNER role needs the unit it is scoped to');
  const unit = isUuid(input.unitId)
    ? await tx.organisationUnit.findUnique({ where: { id: input.unitId } })
    : null;
  if (!unit) throw notFound(`No organisation unit has id "${input.unitId}".`, 'unitId');
  return unit.id;
}

export class RoleService {
  constructor(private readonly db: Database) {}

  /** Grants a role; granting one the user already holds changes nothing. */
  grant(actor: Viewer, input: RoleGrantInput) {
    return this.db.prisma.$transaction(async (tx) => {
      await activeUser(tx, input.userId);
      const unitId = await checkScope(tx, input);
      const held = await tx.roleGrant.findFirst({
        where: { userId: input.userId, role: input.role, unitId },
      });
      if (held) return held;
      const grant = await tx.roleGrant.create({
        data: { userId: input.userId, role: input.role, unitId },
      });
      await recordAuditInPrisma(tx, {
        actorId: actor.userId,
        action: 'role.grant',
        targetType: 'User',
        targetId: input.userId,
        after: { role: input.role, unitId },
      });
      return grant;
    });
  }

  revoke(actor: Viewer, input: RoleGrantInput) {
    return this.db.prisma.$transaction(async (tx) => {
      await activeUser(tx, input.userId);
      const unitId = await checkScope(tx, input);
      const held = await tx.roleGrant.findFirst({
        where: { userId: input.userId, role: input.role, unitId },
      });
      if (!held)
        throw notFound(
          `The user does not hold ${input.role}${unitId ? ' in that unit' : ''}.`,
          'role',
        );
      await tx.roleGrant.delete({ where: { id: held.id } });
      await recordAuditInPrisma(tx, {
        actorId: actor.userId,
        action: 'role.revoke',
        targetType: 'User',
        targetId: input.userId,
        before: { role: input.role, unitId },
      });
    });
  }

  /** Admins verify anyone; a planner of a district office verifies the residents who come to it. */
  verify(actor: Viewer, input: VerificationInput) {
    const method = input.method.trim();
    if (method.length < 2 || method.length > 80)
      throw badInput('method', 'must be 2 to 80 characters');
    const birthYear = checkBirthYear(input.birthYear);
    return this.db.prisma.$transaction(async (tx) => {
      if (!isAdmin(actor)) await this.assertDistrictPlanner(tx, actor);
      const before = await activeUser(tx, input.userId);
      const user = await tx.user.update({
        where: { id: input.userId },
        data: {
          verifiedAt: new Date(),
          verifiedById: actor.userId,
          verificationMethod: method,
          birthYear: birthYear ?? undefined,
        },
      });
      await recordAuditInPrisma(tx, {
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

  private async assertDistrictPlanner(tx: Prisma.TransactionClient, actor: Viewer) {
    const offices = await tx.organisationUnit.count({
      where: { id: { in: [...actor.plannerUnitIds] }, kind: 'DISTRICT_OFFICE' },
    });
    if (offices === 0)
      throw forbidden('Only admins and planners of a district office verify residents.');
  }
}
