import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, notFound } from '../../errors/domain-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../identity/viewer.js';
import type { ConsultationService } from './consultation.service.js';
import { replaceCoordinators } from './coordinator.sql.js';

const maxCoordinators = 20;

/** The people named as coordinators of a consultation: its contact points for residents. */
export class CoordinatorService {
  constructor(
    private readonly db: Database,
    private readonly consultations: ConsultationService,
  ) {}

  async set(viewer: Viewer, consultationId: string, userIds: string[]) {
    await this.consultations.findManaged(viewer, consultationId);
    if (userIds.length > maxCoordinators) {
      const problem = `at most ${maxCoordinators} coordinators`;
      throw badInput('userIds', problem, 'INPUT_OUT_OF_RANGE', { max: maxCoordinators });
    }
    const unique = [...new Set(userIds)];
    const found = await this.db.prisma.user.findMany({
      where: { id: { in: unique.filter(isUuid) }, deletedAt: null },
      select: { id: true },
    });
    const missing = unique.find((id) => !found.some((u) => u.id === id));
    if (missing) throw notFound(`No user has id "${missing}".`, 'userIds');
    await inTransaction(this.db.pool, async (client) => {
      const before = await replaceCoordinators(client, consultationId, unique);
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'consultation.coordinators',
        targetType: 'Consultation',
        targetId: consultationId,
        before,
        after: unique,
      });
    });
    return this.consultations.find(viewer, consultationId);
  }
}
