import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { useTestDatabase } from '../../test/database.js';
import { inTransaction } from './transaction.js';

const db = useTestDatabase();

test('a statement that fails rolls its transaction back, and the next query gets its own answer', async () => {
  for (let i = 0; i < 20; i++) {
    const targetId = randomUUID();
    const failed = inTransaction(db.pool, async (client) => {
      await client.query(
        `INSERT INTO audit_event (action, target_type, target_id) VALUES ('test', 'Test', $1)`,
        [targetId],
      );
      await client.query('SELECT 1 / $1::int', [0]);
    });
    await expect(failed).rejects.toMatchObject({ code: '22012' });
    const { rows } = await db.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1',
      [targetId],
    );
    expect(rows).toEqual([{ n: 0 }]);
  }
});
