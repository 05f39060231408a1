import { beforeAll, describe, expect, test } from 'vitest';
import { useTestDatabase } from '../../../test/database.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { loadConfig } from '../../config.js';
import { createServices } from '../../context.js';
import type { Sql } from '../../db/sql.js';
import { remarks } from '../comments/comments.scenario.js';
import { mvtSql, tileGeometriesSql } from './tile.sql.js';
import { tileOf } from './tiles.scenario.js';

// A tile's single remarks come from the GiST index on the stored geometry, with the envelope in
// 4326; its cells from the key of the counts kept per cell, or past the counted zoom from the
// index on the stored map point, with the envelope in 3857.
const db = useTestDatabase();
const config = (detailZoom: number) =>
  loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PLAC_TILES_COMMENTS_DETAIL_ZOOM: String(detailZoom),
  });
const services = createServices(db, config(14));
const finerCells = createServices(db, config(16));
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

/** A GiST index on comment's `column` (alone, or after consultation_id), probed with `&&`. */
const gistIndexOn = (column: string) =>
  new RegExp(
    `(Index Scan using|Bitmap Index Scan on) comment_\\w*${column}_idx[^\\n]*\\n\\s*Index Cond: \\(.*\\(${column} && `,
  );

const keptCellsKey =
  /Index (Only )?Scan using comment_cell_count_key|Bitmap Index Scan on comment_cell_count_key/;

describe(`tile statements use an index (${db.mode} database)`, () => {
  test.each([
    ['single remarks', services, tileOf([21.0, 52.18], 15), gistIndexOn('geometry')],
    ['kept cell counts', services, tileOf([21.0, 52.18], 12), keptCellsKey],
    [
      'cells past the counted zoom',
      finerCells,
      tileOf([21.0, 52.18], 14),
      gistIndexOn('map_point'),
    ],
  ])('%s', async (_name, { tiles }, address, index) => {
    const params = new URLSearchParams({ consultation: consultationId });
    const plan = await tiles.plan(null, 'comments', address, params);
    expect(await explain(tileGeometriesSql(address, plan))).toMatch(index);
    if (db.mode === 'server') expect(await explain(mvtSql(address, plan))).toMatch(index);
  });
});
