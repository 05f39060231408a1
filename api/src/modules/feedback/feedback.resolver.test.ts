import { beforeAll, describe, expect, test } from 'vitest';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { sql } from '../../db/sql.js';
import { fromGeoJSON } from '../../geo/geometry.sql.js';
import { places, remark, reply, squareAround, topicIds } from '../comments/comments.scenario.js';
import { linkedPlan } from '../plans/plans.scenario.js';
import { answer } from '../responses/responses.scenario.js';

const { db, gql } = useTestServer();

type Cell = {
  key: string;
  name: string;
  geometry: { type: string; coordinates: unknown };
  total: number;
  stances: { support: number; objection: number; proposal: number; question: number };
  topics: { topic: { name: string } | null; count: number }[];
  answeredShare: number;
};

const query = `query ($id: ID!, $by: FeedbackGrouping!, $cell: Int, $filter: FeedbackFilter) {
  feedbackByArea(consultationId: $id, by: $by, cellMeters: $cell, filter: $filter) {
    key name geometry total stances { support objection proposal question }
    topics { topic { name } count } answeredShare } }`;

let consultationId: string;
let zones: Record<string, string>;

const feedback = async (by: string, extra: Record<string, unknown> = {}) =>
  gql<{ feedbackByArea: Cell[] }>(query, { id: consultationId, by, ...extra });

// Mokotów: a, b and the line d; Śródmieście: c and d. Left out: a hidden remark and a reply.
beforeAll(async () => {
  consultationId = (await createConsultation(db, { topics: ['zieleń', 'ruch'] })).id;
  const topic = await topicIds(db, consultationId);
  zones = await linkedPlan(db, consultationId, [
    { symbol: '1MW', geometry: squareAround(places.mokotow.coordinates, 0.002) },
    { symbol: '2ZP', geometry: squareAround(places.srodmiescie.coordinates, 0.002) },
  ]);
  const authorId = (await createUser(db, 'author')).id;
  const base = { consultationId, authorId };
  const a = await remark(db, {
    ...base,
    stance: 'OBJECTION',
    topicId: topic.zieleń,
    createdAt: new Date('2020-01-01T00:00:00Z'),
  });
  await remark(db, { ...base, stance: 'SUPPORT' });
  await remark(db, { ...base, geometry: places.srodmiescie, topicId: topic.ruch });
  await remark(db, {
    ...base,
    geometry: places.acrossBorder,
    stance: 'PROPOSAL',
    topicId: topic.zieleń,
  });
  await remark(db, { ...base, status: 'HIDDEN', stance: 'QUESTION' });
  await reply(db, a, authorId);
  await answer(db, [a], { responderId: authorId, decision: 'REJECTED', justification: 'Nie.' });
});

describe('feedbackByArea by DISTRICT', () => {
  test('counts each district a comment touches; a line across the border counts in both', async () => {
    const { data, errors } = await feedback('DISTRICT');
    expect(errors).toBeUndefined();
    const [mokotow, srodmiescie, ...rest] = data?.feedbackByArea ?? [];
    expect(rest).toEqual([]);
    expect(mokotow).toMatchObject({
      key: 'mokotow',
      name: 'Mokotów',
      total: 3,
      stances: { support: 1, objection: 1, proposal: 1, question: 0 },
      topics: [
        { topic: { name: 'zieleń' }, count: 2 },
        { topic: null, count: 1 },
      ],
    });
    expect(mokotow?.answeredShare).toBeCloseTo(1 / 3);
    expect(mokotow?.geometry.type).toBe('MultiPolygon');
    expect(srodmiescie).toMatchObject({
      name: 'Śródmieście',
      total: 2,
      stances: { support: 0, objection: 1, proposal: 1, question: 0 },
      topics: [
        { topic: { name: 'ruch' }, count: 1 },
        { topic: { name: 'zieleń' }, count: 1 },
      ],
      answeredShare: 0,
    });
  });

  test.each([
    ['stance', { stance: ['OBJECTION'] }, { Mokotów: 1, Śródmieście: 1 }],
    ['hasResponse', { hasResponse: true }, { Mokotów: 1 }],
    ['hasResponse: false', { hasResponse: false }, { Mokotów: 2, Śródmieście: 2 }],
    ['since', { since: '2021-01-01T00:00:00Z' }, { Mokotów: 2, Śródmieście: 2 }],
    ['until', { until: '2021-01-01T00:00:00Z' }, { Mokotów: 1 }],
  ])('filters by %s', async (_, filter, expected) => {
    const { data } = await feedback('DISTRICT', { filter });
    const totals = Object.fromEntries(data?.feedbackByArea.map((c) => [c.name, c.total]) ?? []);
    expect(totals).toEqual(expected);
  });

  test("each district's total is the comment list's totalCount for that area", async () => {
    const { data } = await feedback('DISTRICT');
    for (const cell of data?.feedbackByArea ?? []) {
      const area = await db.prisma.area.findUniqueOrThrow({ where: { slug: cell.key } });
      const listed = await gql<{ comments: { totalCount: number } }>(
        'query ($id: ID!, $area: ID!) { comments(consultationId: $id, filter: { areaId: $area }) { totalCount } }',
        { id: consultationId, area: area.id },
      );
      expect(listed.data?.comments.totalCount).toBe(cell.total);
    }
  });

  test('filters by topic', async () => {
    const topic = await topicIds(db, consultationId);
    const { data } = await feedback('DISTRICT', { filter: { topicId: topic.ruch } });
    expect(data?.feedbackByArea.map((c) => [c.name, c.total])).toEqual([['Śródmieście', 1]]);
  });
});

// Without dates the counts kept per area answer; a date filter makes the remarks be read.
describe.each(['DISTRICT', 'PLAN_ZONE'])('feedbackByArea by %s from kept counts', (by) => {
  const since = '1970-01-01T00:00:00.000Z';
  test.each([
    ['no filter', {}],
    ['stances and answered', { stance: ['OBJECTION', 'SUPPORT'], hasResponse: true }],
    ['unanswered', { hasResponse: false }],
  ])('equals the count from the remarks: %s', async (_, filter) => {
    const counted = await feedback(by, { filter });
    const read = await feedback(by, { filter: { ...filter, since } });
    expect(counted.errors).toBeUndefined();
    expect(counted.data?.feedbackByArea.length).toBeGreaterThan(0);
    expect(counted.data).toEqual(read.data);
  });
});

test('by PLAN_ZONE: the derived zone, else the linked zone it lies in', async () => {
  const { data } = await feedback('PLAN_ZONE');
  expect(data?.feedbackByArea.map((c) => [c.key, c.name, c.total])).toEqual([
    [zones['1MW'], '1MW', 2],
    [zones['2ZP'], '2ZP', 1],
  ]);
});

test('by PLAN_ZONE a remark counts in the zone derived for it, the one sharing most of it', async () => {
  const { id } = await createConsultation(db);
  const planned = await linkedPlan(db, id, [
    { symbol: '1KD', geometry: squareAround([21.0, 52.2], 0.002) },
    { symbol: '2MW', geometry: squareAround([21.003, 52.2], 0.004) },
  ]);
  // 0.0005° of the line lies in 1KD, first by symbol; 0.0035° in 2MW.
  const line = await remark(db, {
    consultationId: id,
    authorId: (await createUser(db, 'walker')).id,
    geometry: {
      type: 'LineString',
      coordinates: [
        [21.0005, 52.2],
        [21.0045, 52.2],
      ],
    },
  });
  const { data } = await gql<{ comment: { zoneId: string } }>(
    'query ($id: ID!) { comment(id: $id) { zoneId } }',
    { id: line },
  );
  expect(data?.comment.zoneId).toBe(planned['2MW']);
  const counted = await gql<{ feedbackByArea: Cell[] }>(query, { id, by: 'PLAN_ZONE' });
  expect(counted.data?.feedbackByArea.map((c) => [c.name, c.total])).toEqual([['2MW', 1]]);
});

describe('feedbackByArea by GRID', () => {
  test('cells of cellMeters in EPSG:2180, only where comments are', async () => {
    const { data } = await feedback('GRID', { cell: 500 });
    const cells = data?.feedbackByArea ?? [];
    expect(cells[0]).toMatchObject({ total: 2, stances: { support: 1, objection: 1 } });
    // The line d counts once, in the cell of its representative point: 4 remarks in 3 cells.
    expect(cells.map((c) => c.total)).toEqual([2, 1, 1]);
    const shapes = cells.map((c) => JSON.stringify(c.geometry));
    const { rows } = await db.pool.query<{ area: number; touches: boolean }>(
      sql`SELECT ST_Area(ST_Transform(g, 2180)) AS area,
            EXISTS (SELECT 1 FROM comment c WHERE c.consultation_id = ${consultationId}
                    AND c.status = 'VISIBLE' AND c.parent_id IS NULL
                    AND ST_Intersects(c.geometry, g)) AS touches
          FROM unnest(${shapes}::text[]) AS j, ${fromGeoJSON(sql`j`)} AS g`,
    );
    for (const row of rows) {
      expect(row.area).toBeGreaterThan(249_000);
      expect(row.area).toBeLessThan(251_000);
      expect(row.touches).toBe(true);
    }
  });

  test('without the line: one cell per place, with stable keys', async () => {
    const filter = { stance: ['SUPPORT', 'OBJECTION'] };
    const { data } = await feedback('GRID', { cell: 1000, filter });
    const cells = data?.feedbackByArea ?? [];
    expect(cells.map((c) => c.total)).toEqual([2, 1]);
    expect(cells[0]?.key).toMatch(/^\d+,\d+$/);
    expect(cells[0]?.answeredShare).toBe(0.5);
    const again = await feedback('GRID', { cell: 1000, filter: { stance: ['SUPPORT'] } });
    expect(again.data?.feedbackByArea[0]?.key).toBe(cells[0]?.key);
  });

  test.each([
    ['missing', null, 'FEEDBACK_CELL_METERS_REQUIRED'],
    ['too small', 49, 'INPUT_OUT_OF_RANGE'],
    ['too large', 5001, 'INPUT_OUT_OF_RANGE'],
  ])('cellMeters %s is refused', async (_, cell, reason) => {
    const { errors } = await feedback('GRID', { cell });
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason,
      field: 'cellMeters',
      params: { min: 50, max: 5000 },
    });
  });
});

test.each([
  ['an unknown consultation', '00000000-0000-4000-8000-000000000000'],
  ['a malformed id', 'nope'],
])('%s is NOT_FOUND', async (_, id) => {
  const { errors } = await gql(query, { id, by: 'DISTRICT' });
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'consultationId' });
});

test('a draft consultation is NOT_FOUND to the public', async () => {
  const { id } = await createConsultation(db, { status: 'DRAFT' });
  const { errors } = await gql(query, { id, by: 'DISTRICT' });
  expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});
