import type { Database } from '../../db/database.js';
import { inTransaction } from '../../db/transaction.js';
import { isUuid } from '../../db/uuid.js';
import { badInput, notFound } from '../../errors/domain-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../identity/viewer.js';
import type { ConsultationService } from './consultation.service.js';

/** The people named as coordinators of a consultation: its contact points for residents. */
export class CoordinatorService {
  constructor(
    private readonly db: Database,
    private readonly consultations: ConsultationService,
  ) {}

  async set(viewer: Viewer, consultationId: string, userIds: string[]) {
    await this.consultations.findManaged(viewer, consultationId);
    if (userIds.length > 20) throw badInput('userIds', 'at most 20 coordinators');
    const unique = [...new Set(userIds)];
    const found = await this.db.prisma.user.findMany({
      where: { id: { in: unique.filter(isUuid) }, deletedAt: null },
      select: { id: true },
    });
    const missing = unique.find((id) => !found.some((u) => u.id === id));
    if (missing) throw notFound(`No user has id "${missing}".`, 'userIds');
    await inTransaction(this.db.pool, async (client) => {
      const before = await client.query<{ user_id: string }>(
        'DELETE FROM consultation_coordinator WHERE consultation_id = $1 RETURNING user_id',
        [consultationId],
      );
      await client.query(
        'INSERT INTO consultation_coordinator (consultation_id, user_id) SELECT $1, unnest($2::uuid[])',
        [consultationId, unique],
      );
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'consultation.coordinators',
        targetType: 'Consultation',
        targetId: consultationId,
        before: before.rows.map((r) => r.user_id),
        after: unique,
      });
    });
    return this.consultations.find(viewer, consultationId);
  }
}
