import { beforeAll, describe, expect, test } from 'vitest';
import { useTestDatabase } from '../../../test/database.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { sql } from '../../db/sql.js';
import { inTransaction } from '../../db/transaction.js';
import { linkedPlan } from '../plans/plans.scenario.js';
import { answer } from '../responses/responses.scenario.js';
import { updateComment } from './comment.sql.js';
import { places, remark, reply, squareAround, topicIds } from './comments.scenario.js';
import { setStatus } from './moderation.sql.js';

// The counts the triggers keep (migration 20261201230000_comment_counts) against the same
// counts taken from the remarks themselves, after each kind of write.
const db = useTestDatabase();
let consultationId: string;
let authorId: string;

const kept = async () => {
  const { rows: areas } = await db.pool.query(
    sql`SELECT area_kind AS kind, area_id AS id, status, stance, topic_id AS topic, answered,
               remarks
        FROM comment_area_count
        WHERE consultation_id = ${consultationId}::uuid AND remarks <> 0
        ORDER BY 1, 2, 3, 4, 5, 6`,
  );
  const { rows: cells } = await db.pool.query(
    sql`SELECT cell_column AS col, cell_row AS row, status, stance, topic_id AS topic, answered,
               remarks, round(sum_x::numeric, 3)::float8 AS x, round(sum_y::numeric, 3)::float8 AS y
        FROM comment_cell_count
        WHERE consultation_id = ${consultationId}::uuid AND remarks <> 0
        ORDER BY 1, 2, 3, 4, 5, 6`,
  );
  return { areas, cells };
};

const recounted = async () => {
  const remarks = sql`SELECT c.*, EXISTS (SELECT 1 FROM official_response r
                                          WHERE r.comment_id = c.id) AS answered
    FROM comment c WHERE c.consultation_id = ${consultationId}::uuid AND c.parent_id IS NULL`;
  const { rows: areas } = await db.pool.query(
    sql`SELECT a.kind, a.id, c.status, c.stance, c.topic_id AS topic, c.answered,
               count(*)::int AS remarks
        FROM (${remarks}) c
        CROSS JOIN LATERAL (SELECT 'DISTRICT', d FROM unnest(c.district_ids) d
                            UNION ALL SELECT 'PLAN_ZONE', c.zone_id WHERE c.zone_id IS NOT NULL) a(kind, id)
        GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`,
  );
  // The cell as the tiles take it at zoom 13: eight cells a tile side, from the north-west.
  const width = (2 * 20037508.342789244) / 2 ** 13 / 8;
  const { rows: cells } = await db.pool.query(
    sql`SELECT floor((ST_X(c.map_point) + 20037508.342789244) / ${width}::float8)::int AS col,
               floor((20037508.342789244 - ST_Y(c.map_point)) / ${width}::float8)::int AS row,
               c.status, c.stance, c.topic_id AS topic, c.answered, count(*)::int AS remarks,
               round(sum(ST_X(c.map_point))::numeric, 3)::float8 AS x,
               round(sum(ST_Y(c.map_point))::numeric, 3)::float8 AS y
        FROM (${remarks}) c WHERE c.map_point IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`,
  );
  return { areas, cells };
};

const expectCountsKept = async () => expect(await kept()).toEqual(await recounted());

beforeAll(async () => {
  consultationId = (await createConsultation(db, { topics: ['zieleń'] })).id;
  authorId = (await createUser(db, 'counted author')).id;
});

describe('remark counts kept by the database', () => {
  let first: string;
  let second: string;

  test('new remarks, one across a district border; a reply is not counted', async () => {
    const topic = await topicIds(db, consultationId);
    first = await remark(db, { consultationId, authorId, topicId: topic.zieleń });
    second = await remark(db, { consultationId, authorId, geometry: places.acrossBorder });
    await remark(db, { consultationId, authorId, geometry: places.srodmiescie, stance: 'SUPPORT' });
    await reply(db, first, authorId);
    const { areas, cells } = await kept();
    expect(areas.filter((a) => a.kind === 'DISTRICT').map((a) => a.remarks)).toEqual([1, 1, 1, 1]);
    expect(cells.reduce((sum, c) => sum + c.remarks, 0)).toBe(3);
    await expectCountsKept();
  });

  test('an answer moves its remark to the answered counts', async () => {
    await answer(db, [first], {
      responderId: authorId,
      decision: 'ACCEPTED',
      justification: 'Tak.',
    });
    expect((await kept()).areas.some((a) => a.answered)).toBe(true);
    await expectCountsKept();
  });

  test('hiding, and moving a remark to another place and stance', async () => {
    await setStatus(db.pool, second, 'HIDDEN', 'test: hidden');
    await inTransaction(db.pool, (client) =>
      updateComment(client, first, {
        body: null,
        geometry: places.srodmiescie,
        stance: 'PROPOSAL',
        topicId: null,
      }),
    );
    await expectCountsKept();
  });

  test('a plan linked later puts remarks in its zones', async () => {
    const zones = await linkedPlan(db, consultationId, [
      { symbol: '1MW', geometry: squareAround(places.mokotow.coordinates, 0.05) },
    ]);
    await db.pool.query(
      sql`UPDATE comment SET zone_id = ${zones['1MW']}::uuid
          WHERE consultation_id = ${consultationId}::uuid
            AND ST_Intersects(geometry, (SELECT geometry FROM plan_zone WHERE symbol = '1MW'
                                         AND id = ${zones['1MW']}::uuid))`,
    );
    expect((await kept()).areas.filter((a) => a.kind === 'PLAN_ZONE')).not.toEqual([]);
    await expectCountsKept();
  });

  test('deleting an answered remark takes it out with its answer', async () => {
    await db.pool.query(sql`DELETE FROM comment WHERE id = ${first}::uuid`);
    await db.pool.query(sql`DELETE FROM comment WHERE id = ${second}::uuid`);
    await expectCountsKept();
  });

  test('deleting the consultation deletes its counts', async () => {
    await db.pool.query(sql`DELETE FROM consultation WHERE id = ${consultationId}::uuid`);
    expect(await kept()).toEqual({ areas: [], cells: [] });
  });
});
