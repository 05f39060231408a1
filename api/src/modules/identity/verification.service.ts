import DataLoader from 'dataloader';
import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, conflict, forbidden, notFound } from '../../errors/domain-error.js';
import { decodeCursor, encodeCursor, toConnection } from '../../graphql/connection.js';
import { recordAudit } from '../audit/audit.service.js';
import type { UnitService } from '../units/unit.service.js';
import { checkBirthYear } from './account.service.js';
import {
  checkCheckedOn,
  checkRevokeReason,
  type VerificationInput,
} from './verification.inputs.js';
import {
  countWaitingRequests,
  insertVerification,
  lockVerifiee,
  revokeVerification,
  selectActiveVerifications,
  selectOpenRequests,
  selectWaitingRequests,
  upsertOpenRequest,
  withdrawOpenRequest,
} from './verification.sql.js';
import { isAdmin, type Viewer } from './viewer.js';

const maxRequestsPage = 50;

const noSuchUser = (userId: string, field: string) =>
  notFound(`No user has id "${userId}".`, field, 'USER_NOT_FOUND');

/**
 * Verifying residents: admins verify anyone, in any unit; a planner of a district office in
 * the offices they work for. Residents ask to be verified; verifying resolves the request.
 */
export class VerificationService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitService,
  ) {}

  /** The district offices whose verifier the actor is; null for an admin (every unit). */
  async verifierUnits(actor: Viewer): Promise<string[] | null> {
    if (isAdmin(actor)) return null;
    const offices = await this.db.prisma.organisationUnit.findMany({
      where: { id: { in: [...actor.plannerUnitIds] }, kind: 'DISTRICT_OFFICE' },
      select: { id: true },
    });
    if (offices.length === 0)
      throw forbidden(
        'Only admins and planners of a district office verify residents.',
        undefined,
        'VERIFICATION_ONLY_DISTRICT_PLANNER',
      );
    return offices.map((office) => office.id);
  }

  async verify(actor: Viewer, input: VerificationInput) {
    const units = await this.verifierUnits(actor);
    const birthYear = checkBirthYear(input.birthYear, 'input.birthYear');
    const unit = await this.units.find(input.unitId, 'input.unitId');
    if (units && !units.includes(unit.id))
      throw forbidden(
        'Verify in a district office you work for.',
        'input.unitId',
        'VERIFICATION_UNIT_NOT_MANAGED',
      );
    if (!isUuid(input.userId)) throw noSuchUser(input.userId, 'input.userId');
    await inTransaction(this.db.pool, async (client) => {
      const person = await lockVerifiee(client, input.userId);
      if (!person) throw noSuchUser(input.userId, 'input.userId');
      if (person.verifiedAt)
        throw conflict(
          'This resident is verified already; revoke it first to record another.',
          'input.userId',
          'VERIFICATION_ALREADY_VERIFIED',
        );
      const checkedOn = checkCheckedOn(input.checkedOn, person.createdOn, 'input.checkedOn');
      const verification = {
        userId: person.id,
        method: input.method,
        document: input.document,
        checkedOn,
        unitId: unit.id,
        verifiedById: actor.userId,
      };
      await insertVerification(client, verification, birthYear);
      await recordAudit(client, {
        actorId: actor.userId,
        action: 'user.verify',
        targetType: 'User',
        targetId: person.id,
        after: {
          method: input.method,
          document: input.document,
          checkedOn,
          unitId: unit.id,
          birthYear,
        },
      });
    });
  }

  async revoke(actor: Viewer, userId: string, rawReason: string) {
    await this.verifierUnits(actor);
    const reason = checkRevokeReason(rawReason);
    if (!isUuid(userId)) throw noSuchUser(userId, 'userId');
    await inTransaction(this.db.pool, async (client) => {
      const person = await lockVerifiee(client, userId);
      if (!person) throw noSuchUser(userId, 'userId');
      if (!person.verifiedAt)
        throw notFound('This resident is not verified.', 'userId', 'VERIFICATION_NOT_HELD');
      await revokeVerification(client, { userId, revokedById: actor.userId, reason });
      await recordAudit(client, {
        actorId: actor.userId,
        action: 'user.verification.revoke',
        targetType: 'User',
        targetId: userId,
        before: { verifiedAt: person.verifiedAt },
        after: { reason },
      });
    });
  }

  /** A resident asks to be verified, at a district office or anywhere; asking again moves it. */
  async request(viewer: Viewer, unitId: string | null | undefined) {
    if (viewer.verified)
      throw conflict(
        'You are verified already.',
        undefined,
        'VERIFICATION_REQUEST_ALREADY_VERIFIED',
      );
    const unit = unitId == null ? null : await this.units.find(unitId, 'unitId');
    if (unit && unit.kind !== 'DISTRICT_OFFICE')
      throw badInput('unitId', 'must be a district office');
    await inTransaction(this.db.pool, async (client) => {
      const request = await upsertOpenRequest(client, {
        userId: viewer.userId,
        unitId: unit?.id ?? null,
      });
      await recordAudit(client, {
        actorId: viewer.userId,
        action: request.created ? 'verification.request' : 'verification.request.move',
        targetType: 'User',
        targetId: viewer.userId,
        after: { requestId: request.id, unitId: request.unitId },
      });
    });
  }

  async withdraw(viewer: Viewer) {
    await inTransaction(this.db.pool, async (client) => {
      const requestId = await withdrawOpenRequest(client, viewer.userId);
      if (!requestId)
        throw notFound('You have no open request.', undefined, 'VERIFICATION_REQUEST_NOT_FOUND');
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'verification.request.withdraw',
        targetType: 'User',
        targetId: viewer.userId,
        after: { requestId },
      });
    });
  }

  /** The requests waiting in the actor's district offices (and those naming none); all for admins. */
  async waiting(actor: Viewer, page: { first: number; after: string | null }) {
    if (!Number.isInteger(page.first) || page.first < 1 || page.first > maxRequestsPage)
      throw badInput('first', `must be 1 to ${maxRequestsPage}`, 'INPUT_OUT_OF_RANGE', {
        min: 1,
        max: maxRequestsPage,
      });
    const after = decodeCursor(page.after);
    const units = await this.verifierUnits(actor);
    const [rows, totalCount] = await Promise.all([
      selectWaitingRequests(this.db.pool, units, { first: page.first, after }),
      countWaitingRequests(this.db.pool, units),
    ]);
    return { ...toConnection(rows, page.first, encodeCursor), totalCount };
  }

  /** Per request: each account's active verification, or null. */
  activeLoader() {
    return new DataLoader(async (userIds: readonly string[]) => {
      const rows = await selectActiveVerifications(this.db.pool, userIds);
      return userIds.map((id) => rows.find((row) => row.userId === id) ?? null);
    });
  }

  /** Per request: each account's open request to be verified, or null. */
  openRequestLoader() {
    return new DataLoader(async (userIds: readonly string[]) => {
      const rows = await selectOpenRequests(this.db.pool, userIds);
      return userIds.map((id) => rows.find((row) => row.userId === id) ?? null);
    });
  }
}
