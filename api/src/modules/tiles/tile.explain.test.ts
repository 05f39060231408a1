import { beforeAll, describe, expect, test } from 'vitest';
import { useTestDatabase } from '../../../test/database.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { loadConfig } from '../../config.js';
import { createServices } from '../../context.js';
import type { Sql } from '../../db/sql.js';
import { remarks } from '../comments/comments.scenario.js';
import { mvtSql, tileGeometriesSql } from './tile.sql.js';
import type { TileAddress } from './tile-address.js';
import { tileOf } from './tiles.scenario.js';

// A tile's rows come from the GiST index on the stored geometry, with the envelope in 4326.
const db = useTestDatabase();
const services = createServices(db, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }));
let consultationId: string;

beforeAll(async () => {
  consultationId = (await createConsultation(db)).id;
  const author = await createUser(db, 'Explain');
  await remarks(db, { consultationId, authorIds: [author.id], count: 2000 });
  await db.pool.query('ANALYZE comment');
});

/** The plan of the statement, sequential scans discouraged for this transaction only. */
async function explain(statement: Sql) {
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

// Either GiST index on comment's geometry (alone, or after consultation_id), probed with `&&`.
const geometryIndex =
  /(Index Scan using|Bitmap Index Scan on) comment_\w*geometry_idx[^\n]*\n\s*Index Cond: \(.*\(geometry && /;
/Index Scan using comment_\w*geometry_idx on comment c\n(.*\n)*?\s*Index Cond: \((\(consultation_id = .*AND )?\(geometry && /;

const statements = (address: TileAddress) => {
  const params = new URLSearchParams({ consultation: consultationId });
  return services.tiles.plan(null, 'comments', address, params);
};

describe(`tile statements use the geometry index (${db.mode} database)`, () => {
  test.each([
    ['single remarks', tileOf([21.0, 52.18], 15)],
    ['counted cells', tileOf([21.0, 52.18], 12)],
  ])('%s', async (_name, address) => {
    const plan = await statements(address);
    expect(await explain(tileGeometriesSql(address, plan))).toMatch(geometryIndex);
    if (db.mode === 'server') expect(await explain(mvtSql(address, plan))).toMatch(geometryIndex);
  });
});
