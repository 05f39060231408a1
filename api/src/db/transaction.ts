import pg from 'pg';

/** Runs `work` on one connection inside BEGIN … COMMIT, rolling back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.ClientBase) => Promise<T>) {
  const client = await pool.connect();
  let failure: unknown;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    failure = error;
    // After a statement failed, the connection is closed instead, which rolls back: the embedded
    // database answers such a statement with one ReadyForQuery too many, which would complete a
    // ROLLBACK sent on it at once, and its reply would then answer the next query.
    if (!(error instanceof pg.DatabaseError)) await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release(failure instanceof pg.DatabaseError);
  }
}
