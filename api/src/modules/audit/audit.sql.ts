import type pg from 'pg';
import type { Queryable } from '../../db/sql.js';

/** An audit row as written: `before` and `after` as JSON text, null when not given. */
export type AuditEventInsert = {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: string | null;
  after: string | null;
};

export async function insertAuditEvent(client: pg.ClientBase, event: AuditEventInsert) {
  await client.query(
    `INSERT INTO audit_event (actor_id, action, target_type, target_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [event.actorId, event.action, event.targetType, event.targetId, event.before, event.after],
  );
}

/**
 * The consultation of each comment by id, for linking an event to its page; null for a
 * comment on a budget project.
 */
export async function selectConsultationsOfComments(db: Queryable, commentIds: string[]) {
  const { rows } = await db.query<{ id: string; consultationId: string | null }>(
    `SELECT id, consultation_id AS "consultationId" FROM comment WHERE id = ANY($1::uuid[])`,
    [commentIds],
  );
  return new Map(rows.map((row) => [row.id, row.consultationId]));
}
