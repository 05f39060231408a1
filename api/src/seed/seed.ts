import type pg from 'pg';
import { seedWarsawAreas } from './warsaw-areas.seed.js';

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.ClientBase) => Promise<T>) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** Reference data every installation needs: Warsaw's areas, loaded once when none exist. */
export async function seedReferenceData(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ count: number }>('SELECT count(*)::int AS count FROM area');
  if ((rows[0]?.count ?? 0) > 0) return;
  await inTransaction(pool, seedWarsawAreas);
}
