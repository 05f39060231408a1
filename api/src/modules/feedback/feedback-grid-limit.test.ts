import { beforeAll, expect, test } from 'vitest';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { remarks } from '../comments/comments.scenario.js';

const { db, gql } = useTestServer({ PLAC_MAX_GRID_CELLS: '100' });

const grid = (cellMeters: number) =>
  gql<{ feedbackByArea: { key: string; total: number }[] }>(
    'query ($id: ID!, $cell: Int) { feedbackByArea(consultationId: $id, by: GRID, cellMeters: $cell) { key total } }',
    { id: consultationId, cell: cellMeters },
  );

let consultationId: string;

// 300 remarks over some 2.8 × 4.4 km: far more than 100 cells of 50 m, some 15 of 1 km.
beforeAll(async () => {
  consultationId = (await createConsultation(db, { district: 'mokotow' })).id;
  const authorId = (await createUser(db, 'author')).id;
  await remarks(db, { consultationId, authorIds: [authorId], count: 300 });
});

test('a grid with more cells than allowed is refused, saying how many it has', async () => {
  const { data, errors } = await grid(50);
  expect(data?.feedbackByArea ?? null).toBeNull();
  expect(errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    reason: 'FEEDBACK_GRID_TOO_FINE',
    field: 'cellMeters',
    params: { max: 100 },
  });
  expect(Number(errors?.[0]?.extensions?.params?.cells)).toBeGreaterThan(100);
});

test('larger cells over the same remarks are counted, each remark once', async () => {
  const { data, errors } = await grid(1000);
  expect(errors).toBeUndefined();
  const cells = data?.feedbackByArea ?? [];
  expect(cells.length).toBeGreaterThan(4);
  expect(cells.length).toBeLessThanOrEqual(100);
  expect(cells.reduce((sum, c) => sum + c.total, 0)).toBe(300);
});
