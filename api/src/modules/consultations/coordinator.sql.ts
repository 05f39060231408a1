import type pg from 'pg';
import { sql } from '../../db/sql.js';

/** Names the coordinators of a consultation in place of those before; returns those before. */
export async function replaceCoordinators(
  client: pg.ClientBase,
  consultationId: string,
  userIds: string[],
) {
  const before = await client.query<{ userId: string }>(
    sql`DELETE FROM consultation_coordinator WHERE consultation_id = ${consultationId}
        RETURNING user_id AS "userId"`,
  );
  await client.query(
    sql`INSERT INTO consultation_coordinator (consultation_id, user_id)
        SELECT ${consultationId}, unnest(${userIds}::uuid[])`,
  );
  return before.rows.map((r) => r.userId);
}
