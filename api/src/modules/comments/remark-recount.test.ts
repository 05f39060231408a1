import { beforeAll, describe, expect, test } from 'vitest';
import { useTestDatabase } from '../../../test/database.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { sql } from '../../db/sql.js';
import { places, remark } from './comments.scenario.js';
import { runRemarkCountsCli } from './remark-counts-cli.js';

// Kept counts put wrong behind the triggers' back (as a bulk UPDATE with triggers disabled
// would) are found by the recount, left alone without --repair, and repaired with it.
const db = useTestDatabase();
let consultationId: string;
let untouchedId: string;

const run = async (...args: string[]) => {
  let out = '';
  let err = '';
  const code = await runRemarkCountsCli(args, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    // The test's own database stays open for the next test.
    connect: async () => ({ ...db, close: async () => {} }),
  });
  return { code, out, err };
};

/** A consultation's count rows as stored, ids included: a recount that was kept renews them. */
const keptRows = async (id: string) => {
  const { rows } = await db.pool.query(
    sql`SELECT (SELECT json_agg(a ORDER BY a.id) FROM comment_area_count a
                WHERE a.consultation_id = ${id}::uuid) AS areas,
               (SELECT json_agg(c ORDER BY c.id) FROM comment_cell_count c
                WHERE c.consultation_id = ${id}::uuid) AS cells`,
  );
  return rows[0];
};

const remarksOf = async (id: string) => {
  const { rows } = await db.pool.query(
    sql`SELECT sum(remarks)::int AS n FROM comment_cell_count WHERE consultation_id = ${id}::uuid`,
  );
  return rows[0]?.n;
};

const tileVersion = async (id: string) => {
  const { rows } = await db.pool.query(
    sql`SELECT version FROM tile_layer_version WHERE layer = 'comments' AND scope_id = ${id}::uuid`,
  );
  return rows[0]?.version;
};

beforeAll(async () => {
  consultationId = (await createConsultation(db)).id;
  untouchedId = (await createConsultation(db)).id;
  const authorId = (await createUser(db, 'recounted author')).id;
  for (const geometry of [places.srodmiescie, places.acrossBorder, places.srodmiescie]) {
    await remark(db, { consultationId, authorId, geometry });
  }
  await remark(db, { consultationId: untouchedId, authorId });
});

describe('recounting kept remark counts', () => {
  test('counts that match their remarks are reported as matching', async () => {
    const { code, out } = await run(consultationId, untouchedId);
    expect(code).toBe(0);
    expect(out).toBe('Checked 2 consultations: 0 with counts that differ from their remarks.\n');
  });

  test('counts put wrong are found, and left as they are without --repair', async () => {
    await db.pool.query(
      sql`UPDATE comment_area_count SET remarks = remarks + 5
          WHERE id = (SELECT min(id) FROM comment_area_count
                      WHERE consultation_id = ${consultationId}::uuid)`,
    );
    await db.pool.query(
      sql`UPDATE comment_cell_count SET sum_x = sum_x + 100
          WHERE consultation_id = ${consultationId}::uuid`,
    );
    const before = await keptRows(consultationId);
    const { code, out } = await run(consultationId, untouchedId);
    expect(code).toBe(1);
    expect(out).toMatch(
      new RegExp(`^${consultationId} ".*": 2 district and zone rows, \\d+ map cell rows differ\n`),
    );
    expect(out).toMatch(
      /Checked 2 consultations: 1 with counts that differ from their remarks\.\n$/,
    );
    expect(await keptRows(consultationId)).toEqual(before);
  });

  test('--repair recounts them and renews their tiles; counts that matched stay', async () => {
    const untouched = await keptRows(untouchedId);
    const versions = [await tileVersion(consultationId), await tileVersion(untouchedId)];
    const repaired = await run('--repair', consultationId.toUpperCase(), untouchedId);
    expect(repaired.code).toBe(0);
    expect(repaired.out).toMatch(/differ; recounted\n/);
    expect(await remarksOf(consultationId)).toBe(3);
    expect(await tileVersion(consultationId)).not.toBe(versions[0]);
    expect(await keptRows(untouchedId)).toEqual(untouched);
    expect(await tileVersion(untouchedId)).toBe(versions[1]);
    expect((await run(consultationId)).code).toBe(0);
  });

  test('a database that fails is told apart from counts that differ', async () => {
    let err = '';
    const code = await runRemarkCountsCli([consultationId], {
      out: () => {},
      err: (text) => {
        err += text;
      },
      connect: () => Promise.reject(new Error('connection refused')),
    });
    expect(code).toBe(3);
    expect(err).toBe('remark-counts: the database failed: connection refused\n');
  });

  test('bad and unknown ids are refused, naming them', async () => {
    const bad = await run('not-an-id');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^remark-counts: "not-an-id" is not a consultation id\n/);
    const unknown = await run('00000000-0000-4000-8000-000000000000');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      'remark-counts: no consultation has id "00000000-0000-4000-8000-000000000000"\n',
    );
  });
});
