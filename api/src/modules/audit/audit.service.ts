import type pg from 'pg';
import type { Database } from '../../db/database.js';
import type { Prisma } from '../../generated/prisma/client.js';

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

const json = (value: unknown) =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/** Writes one privileged action; call it inside the transaction that performs the action. */
export function recordAuditInPrisma(tx: Prisma.TransactionClient, entry: AuditEntry) {
  return tx.auditEvent.create({
    data: { ...entry, before: json(entry.before), after: json(entry.after) },
  });
}

/** The same, for a module whose transaction runs on a pg client. */
export async function recordAudit(client: pg.ClientBase, entry: AuditEntry) {
  await client.query(
    `INSERT INTO audit_event (actor_id, action, target_type, target_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      entry.actorId,
      entry.action,
      entry.targetType,
      entry.targetId,
      jsonText(entry.before),
      jsonText(entry.after),
    ],
  );
}

const jsonText = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export class AuditService {
  constructor(private readonly db: Database) {}

  /** Newest first, one more than a page; `after` is the id of the last event of the previous page. */
  async list(filter: AuditFilter, page: { first: number; after: bigint | null }) {
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
