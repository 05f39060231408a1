import DataLoader from 'dataloader';
import type pg from 'pg';
import type { Database } from '../../db/database.js';
import { isUuid } from '../../db/uuid.js';
import { badInput } from '../../errors/domain-error.js';
import { checkLength } from '../../graphql/text-argument.js';
import { insertAuditEvent, selectConsultationsOfComments } from './audit.sql.js';

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
  actorEmail?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  since?: Date | null;
  until?: Date | null;
};

/** The most rows one CSV export holds, newest first. */
export const maxExportRows = 10_000;

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

const optionalText = (value: string | null | undefined, field: string, max: number) =>
  value == null ? undefined : checkLength(value, field, 1, max);

/** The filter as Prisma's where, each part checked and refused naming its field. */
function whereOf(filter: AuditFilter) {
  if (filter.actorId != null && !isUuid(filter.actorId)) {
    throw badInput('filter.actorId', 'is not an id', 'INPUT_INVALID');
  }
  checkYear(filter.since, 'filter.since');
  checkYear(filter.until, 'filter.until');
  const actorEmail = optionalText(filter.actorEmail, 'filter.actorEmail', 320)?.toLowerCase();
  return {
    action: optionalText(filter.action, 'filter.action', 100),
    actorId: filter.actorId ?? undefined,
    actor: actorEmail === undefined ? undefined : { email: actorEmail },
    targetType: optionalText(filter.targetType, 'filter.targetType', 100),
    targetId: optionalText(filter.targetId, 'filter.targetId', 200),
    createdAt: { gte: filter.since ?? undefined, lte: filter.until ?? undefined },
  };
}

export class AuditService {
  constructor(private readonly db: Database) {}

  /** Newest first, one more than a page; `after` is the id of the last event of the previous page. */
  async list(filter: AuditFilter, page: { first: number; after: bigint | null }) {
    return this.db.prisma.auditEvent.findMany({
      where: {
        ...whereOf(filter),
        id: page.after === null ? undefined : { lt: page.after },
      },
      orderBy: { id: 'desc' },
      take: page.first + 1,
    });
  }

  /** For the CSV export: newest first, one more than `maxExportRows`, with the actors' e-mails. */
  async exportRows(filter: AuditFilter) {
    const events = await this.db.prisma.auditEvent.findMany({
      where: whereOf(filter),
      orderBy: { id: 'desc' },
      take: maxExportRows + 1,
      include: { actor: { select: { email: true } } },
    });
    return events.map(({ actor, ...event }) => ({ ...event, actorEmail: actor?.email ?? null }));
  }

  /**
   * Per request: the consultation an event's object belongs to, for a link to its page — the
   * consultation itself, or a remark's; null for objects outside consultations.
   */
  consultationLoader() {
    return new DataLoader(
      async (targets: readonly { type: string; id: string }[]) => {
        const commentIds = targets
          .filter((t) => t.type === 'Comment' && isUuid(t.id))
          .map((t) => t.id);
        const ofComments = commentIds.length
          ? await selectConsultationsOfComments(this.db.pool, commentIds)
          : new Map<string, string>();
        return targets.map(({ type, id }) =>
          type === 'Consultation' ? id : type === 'Comment' ? (ofComments.get(id) ?? null) : null,
        );
      },
      { cacheKeyFn: ({ type, id }) => `${type}:${id}` },
    );
  }
}
