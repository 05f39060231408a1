import type { Database } from '../../db/database.js';
import type { Queryable } from '../../db/sql.js';
import { inTransaction } from '../../db/transaction.js';
import { rederiveZonesBatch } from '../comments/comment-zone.sql.js';
import {
  failReassignment,
  type ReassignmentRow,
  recordBatch,
  selectReassignments,
} from './plan-reassignment.sql.js';

/**
 * Re-derives the zones of a consultation's remarks once a plan is linked, `batchSize` remarks a
 * statement. A small consultation is done inside the import's own transaction; a large one
 * goes on in the background after it, each batch its own transaction, its progress in
 * plan_reassignment. A step left RUNNING by a restart goes on when its progress is read.
 */
export class Reassignments {
  private readonly running = new Set<string>();

  constructor(
    private readonly db: Database,
    readonly batchSize: number,
  ) {}

  /** Runs the first batch on the import's client; true when that was all there was. */
  async startWithin(client: Queryable, row: ReassignmentRow) {
    if (row.total > this.batchSize) return false;
    const step = await this.batch(client, row);
    return step?.status === 'DONE';
  }

  /** Goes on with a RUNNING step in the background, unless this process is at it already. */
  continue(planId: string) {
    if (this.running.has(planId)) return;
    this.running.add(planId);
    void this.run(planId).finally(() => this.running.delete(planId));
  }

  /** Progress by plan; a RUNNING step nobody is at (after a restart) is picked up again. */
  async progress(planIds: readonly string[]) {
    const rows = await selectReassignments(this.db.pool, planIds);
    for (const row of rows) if (row.status === 'RUNNING') this.continue(row.planId);
    return planIds.map((id) => rows.find((r) => r.planId === id) ?? null);
  }

  // One batch by the one zone rule, and its progress, on one client.
  private async batch(client: Queryable, row: ReassignmentRow) {
    const size = this.batchSize;
    const done = await rederiveZonesBatch(client, row.consultationId, row.afterCommentId, size);
    return recordBatch(client, row, done, size);
  }

  private async run(planId: string) {
    try {
      for (;;) {
        const [row] = await selectReassignments(this.db.pool, [planId]);
        if (row?.status !== 'RUNNING') return;
        await inTransaction(this.db.pool, (client) => this.batch(client, row));
      }
    } catch {
      // The remarks keep the zones of the batches done; the step says it stopped.
      await failReassignment(this.db.pool, planId).catch(() => undefined);
    }
  }
}
