import { expect, test } from 'vitest';
import { useTestDatabase } from '../../../test/database.js';
import { seedDemoData } from '../seed.js';

const db = useTestDatabase();

test('the demo has two open consultations in Mokotów with several hundred comments, and loads once', async () => {
  await seedDemoData(db, 10_000);
  await seedDemoData(db, 10_000);
  const { rows } = await db.pool.query<{
    title: string;
    comments: number;
    replies: number;
    supports: number;
    answered: number;
    outside: number;
  }>(
    `SELECT c.title,
            count(m.id) FILTER (WHERE m.parent_id IS NULL)::int AS comments,
            count(m.id) FILTER (WHERE m.parent_id IS NOT NULL)::int AS replies,
            (SELECT count(*)::int FROM comment_support s JOIN comment x ON x.id = s.comment_id WHERE x.consultation_id = c.id) AS supports,
            (SELECT count(*)::int FROM official_response r JOIN comment x ON x.id = r.comment_id WHERE x.consultation_id = c.id) AS answered,
            count(m.id) FILTER (WHERE m.parent_id IS NULL AND NOT ST_Within(m.geometry, c.area))::int AS outside
     FROM consultation c JOIN comment m ON m.consultation_id = c.id
     WHERE c.title LIKE 'Miejscowy plan%' OR c.title LIKE 'Przebudowa Parku%'
     GROUP BY c.id ORDER BY c.title`,
  );
  expect(rows).toHaveLength(2);
  const total = rows.reduce((sum, r) => sum + r.comments, 0);
  expect(total).toBeGreaterThan(300);
  const zoned = await db.pool.query<{ zoned: number }>(
    `SELECT count(*)::int AS zoned FROM comment m JOIN consultation c ON c.id = m.consultation_id
     WHERE c.title LIKE 'Miejscowy plan%' AND m.zone_id IS NOT NULL`,
  );
  expect(zoned.rows[0]?.zoned, 'plan remarks in a zone').toBeGreaterThan(100);
  for (const row of rows) {
    expect(row.comments, row.title).toBeGreaterThan(100);
    expect(row.replies, row.title).toBeGreaterThan(5);
    expect(row.supports, row.title).toBeGreaterThan(row.comments / 2);
    expect(row.answered, row.title).toBeGreaterThan(10);
    expect(row.outside, row.title).toBe(0);
  }
});
