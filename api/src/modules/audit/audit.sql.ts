import type pg from 'pg';

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
