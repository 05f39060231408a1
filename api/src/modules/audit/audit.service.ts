import type pg from 'pg';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { badInput } from '../../errors/domain-error.js';
import { insertAuditEvent } from './audit.sql.js';

export type AuditEntry = {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
};

export type AuditFilter = {
  action?: string | null;
  actorId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  since?: Date | null;
  until?: Date | null;
};

/**
 * The one audit writer: one privileged action, written on the client of the transaction that
 * performs the action, so that both are kept or neither is.
 */
export function recordAudit(client: pg.ClientBase, entry: AuditEntry) {
  return insertAuditEvent(client, {
    ...entry,
    before: jsonText(entry.before),
    after: jsonText(entry.after),
  });
}

// Prisma cannot send a date before the year 1 (ISO's year 0000) to PostgreSQL.
function checkYear(date: Date | null | undefined, field: string) {
  if (date && date.getUTCFullYear() < 1) {
    throw badInput(field, 'must be in the year 1 or later', 'INPUT_OUT_OF_RANGE');
  }
}

const jsonText = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export class AuditService {
  constructor(private readonly db: Database) {}

  /** Newest first, one more than a page; `after` is the id of the last event of the previous page. */
  async list(filter: AuditFilter, page: { first: number; after: bigint | null }) {
    if (filter.actorId != null && !isUuid(filter.actorId)) {
      throw badInput('filter.actorId', 'is not an id', 'INPUT_INVALID');
    }
    checkYear(filter.since, 'filter.since');
    checkYear(filter.until, 'filter.until');
    return this.db.prisma.auditEvent.findMany({
      where: {
        action: filter.action ?? undefined,
        actorId: filter.actorId ?? undefined,
        targetType: filter.targetType ?? undefined,
        targetId: filter.targetId ?? undefined,
        createdAt: { gte: filter.since ?? undefined, lte: filter.until ?? undefined },
        id: page.after === null ? undefined : { lt: page.after },
      },
      orderBy: { id: 'desc' },
      take: page.first + 1,
    });
  }
}
