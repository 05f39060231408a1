import type { Database } from '../../db/database.js';
import { ConsultationStatus } from '../../generated/prisma/enums.js';
import { isModerator } from '../comments/comment.rules.js';
import { countWholeQueue } from '../comments/moderation-queue.sql.js';
import { isAdmin, type Viewer } from '../identity/viewer.js';
import { countByStatus, selectAwaitingAnswer } from './staff.sql.js';

/** Consultations listed as awaiting an answer; the total counts them all. */
export const awaitingShown = 20;

/** The staff home: grouped counts over indexes, bounded whatever the city's size. */
export class StaffService {
  constructor(private readonly db: Database) {}

  async overview(viewer: Viewer) {
    const units = isAdmin(viewer) ? null : [...viewer.plannerUnitIds];
    const none = units !== null && units.length === 0;
    const [byStatus, awaiting, queueSize] = await Promise.all([
      none ? new Map<ConsultationStatus, number>() : countByStatus(this.db.pool, units),
      none ? [] : selectAwaitingAnswer(this.db.pool, units, awaitingShown),
      isModerator(viewer) ? countWholeQueue(this.db.pool) : null,
    ]);
    return {
      consultationsByStatus: Object.values(ConsultationStatus).map((status) => ({
        status,
        count: byStatus.get(status) ?? 0,
      })),
      awaitingAnswer: awaiting.map(({ total: _, ...row }) => row),
      awaitingAnswerTotal: awaiting[0]?.total ?? 0,
      moderationQueueSize: queueSize,
    };
  }
}
