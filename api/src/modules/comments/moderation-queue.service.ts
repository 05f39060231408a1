import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { badInput } from '../../errors/domain-error.js';
import type { Keyset } from '../../graphql/connection.js';
import { checkText } from './comment.input.js';
import { countHidden, selectHidden } from './hidden-comments.sql.js';
import { autoHiddenReason } from './moderation.sql.js';
import type { HiddenCommentsFilter, ModerationFilter, ModerationOrder } from './moderation.type.js';
import type { QueueKey } from './moderation-cursor.js';
import {
  countQueue,
  type QueueQuery,
  type QueueRecord,
  selectAuthorHistory,
  selectQueue,
} from './moderation-queue.sql.js';

function checkConsultationId(id: string | null | undefined, field: string) {
  if (id == null) return null;
  if (!isUuid(id)) throw badInput(field, 'is not an id', 'INPUT_INVALID');
  return id;
}

/** What moderators read: the queue of reported comments and the hidden ones. */
export class ModerationQueueService {
  constructor(private readonly db: Database) {}

  async queue(
    filter: ModerationFilter,
    order: ModerationOrder,
    first: number,
    after: QueueKey | null,
  ) {
    const query: QueueQuery = {
      consultationId: checkConsultationId(filter.consultationId, 'filter.consultationId'),
      state: filter.state ?? null,
      subject: filter.subject ?? null,
      order,
    };
    const [records, totalCount] = await Promise.all([
      selectQueue(this.db.pool, query, first, after),
      countQueue(this.db.pool, query),
    ]);
    const history = await selectAuthorHistory(
      this.db.pool,
      records.map((r) => r.authorId),
    );
    const items = records.map((record) => toItem(record, history.get(record.authorId)));
    return { items, totalCount };
  }

  async hidden(filter: HiddenCommentsFilter, first: number, after: Keyset | null) {
    const query = {
      consultationId: checkConsultationId(filter.consultationId, 'filter.consultationId'),
      search: filter.search == null ? null : checkText(filter.search, 'filter.search', 2, 100),
    };
    const [rows, totalCount] = await Promise.all([
      selectHidden(this.db.pool, query, first, after),
      countHidden(this.db.pool, query),
    ]);
    return { rows, totalCount };
  }
}

function toItem(record: QueueRecord, history: { comments: number; hidden: number } | undefined) {
  const { waitingSince, reportCount, reports, ...comment } = record;
  const hiddenHere = comment.status === 'HIDDEN' ? 1 : 0;
  return {
    comment,
    waitingSince,
    reportCount,
    reports: reports.map((r) => ({ ...r, createdAt: new Date(r.createdAt) })),
    autoHidden: comment.status === 'HIDDEN' && comment.hiddenReason === autoHiddenReason,
    authorHistory: {
      comments: history?.comments ?? 1,
      hiddenComments: Math.max(0, (history?.hidden ?? 0) - hiddenHere),
    },
  };
}
