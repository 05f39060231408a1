import { beforeAll, describe, expect, test } from 'vitest';
import { useTestDatabase } from '../../../test/database.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { BBox } from '../../geo/bbox.js';
import type { CommentQuery } from './comment-filter.sql.js';
import { commentCountSql, commentPageSql } from './comment-list.sql.js';
import { remarks } from './comments.scenario.js';

const db = useTestDatabase();
let base: CommentQuery;

beforeAll(async () => {
  const { id } = await createConsultation(db);
  const author = await createUser(db, 'Explain');
  // Enough rows spread out that a small box is selective, and fresh statistics to say so.
  await remarks(db, { consultationId: id, authorIds: [author.id], count: 2000 });
  await db.pool.query('ANALYZE comment');
  base = {
    consultationId: id,
    intersecting: null,
    areaId: null,
    zoneId: null,
    stances: null,
    topicId: null,
    since: null,
    until: null,
    hasResponse: null,
    statuses: ['VISIBLE'],
    includeReplies: false,
  };
});

/**
 * The plan of the exact statement the list runs. Sequential scans are discouraged for this
 * transaction only (SET LOCAL on one client: PGlite shares settings across connections).
 */
async function plan(statement: { text: string; values: unknown[] }) {
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_seqscan = off');
    const { rows } = await client.query(`EXPLAIN ${statement.text}`, statement.values);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

// The consultation's own rows only: its id and the box meet in one index condition.
const ownRowsIndex =
  /comment_consultation_id_geometry_idx[^\n]*\n\s*Index Cond: \(\(consultation_id = /;

describe('spatial filters use the GiST index on (consultation_id, geometry)', () => {
  test('bbox', async () => {
    const q = { ...base, intersecting: new BBox(21.0, 52.18, 21.005, 52.185).toPolygon() };
    expect(await plan(commentPageSql(q, 100, null))).toMatch(ownRowsIndex);
    expect(await plan(commentCountSql(q))).toMatch(ownRowsIndex);
  });

  test('areaId', async () => {
    const area = await db.prisma.area.findUniqueOrThrow({ where: { slug: 'mokotow' } });
    const q = { ...base, areaId: area.id };
    expect(await plan(commentPageSql(q, 100, null))).toMatch(ownRowsIndex);
    expect(await plan(commentCountSql(q))).toMatch(ownRowsIndex);
  });
});

describe('the total without place or date filters', () => {
  const count = async (q: CommentQuery) =>
    (await db.pool.query<{ count: number }>(commentCountSql(q))).rows[0]?.count;

  test('is summed from the counts kept per map cell, through their key', async () => {
    await db.pool.query('ANALYZE comment_cell_count');
    expect(await plan(commentCountSql(base))).toMatch(
      /Index (Only )?Scan using comment_cell_count_key|Bitmap Index Scan on comment_cell_count_key/,
    );
  });

  test.each([
    ['no filter', {}],
    ['stances', { stances: ['PROPOSAL' as const, 'SUPPORT' as const] }],
    ['unanswered', { hasResponse: false }],
  ])('equals the count of the remarks: %s', async (_, filter) => {
    const kept = await count({ ...base, ...filter });
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBe(await count({ ...base, ...filter, since: new Date(0) }));
  });
});
