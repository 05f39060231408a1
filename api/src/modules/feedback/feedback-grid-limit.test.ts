import { beforeAll, expect, test } from 'vitest';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { insideMokotow, remark, squareAround } from '../comments/comments.scenario.js';

const { db, gql } = useTestServer({ PLAC_MAX_GRID_CELLS: '1000' });

const grid = (cellMeters: number) =>
  gql<{ feedbackByArea: { key: string }[] }>(
    'query ($id: ID!, $cell: Int) { feedbackByArea(consultationId: $id, by: GRID, cellMeters: $cell) { key } }',
    { id: consultationId, cell: cellMeters },
  );

let consultationId: string;

// One remark about 1.4 × 2.2 km: some 1,350 cells of 50 m, some 350 of 100 m.
beforeAll(async () => {
  consultationId = (await createConsultation(db, { district: 'mokotow' })).id;
  const authorId = (await createUser(db, 'author')).id;
  await remark(db, { consultationId, authorId, geometry: squareAround(insideMokotow, 0.02) });
});

test('a grid that would build more cells than allowed is refused before it is built', async () => {
  const { data, errors } = await grid(50);
  expect(data?.feedbackByArea ?? null).toBeNull();
  expect(errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    reason: 'FEEDBACK_GRID_TOO_FINE',
    field: 'cellMeters',
    params: { max: 1000 },
  });
  expect(Number(errors?.[0]?.extensions?.params?.cells)).toBeGreaterThan(1000);
});

test('larger cells over the same remarks are counted', async () => {
  const { data, errors } = await grid(100);
  expect(errors).toBeUndefined();
  expect(data?.feedbackByArea.length).toBeGreaterThan(100);
});
