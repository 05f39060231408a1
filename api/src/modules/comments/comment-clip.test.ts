import { beforeAll, describe, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { updateConsultation } from '../consultations/consultation.sql.js';
import { square } from './comments.scenario.js';

const { db, services, request } = useTestServer();

type Written = { id: string; geometry: { type: string; coordinates: unknown }; clipped: boolean };
const fields = 'id geometry clipped: clippedToConsultation';
const addComment = `mutation ($input: AddCommentInput!) { result: addComment(input: $input) { ${fields} } }`;
const editComment = `mutation ($id: ID!, $input: EditCommentInput!) {
  result: editComment(id: $id, input: $input) { ${fields} } }`;

let consultationId: string;
let resident: Record<string, string>;

// A consultation of about 1 × 1.7 km, as the issue found it, in Mokotów.
const area = square(21.0, 52.2, 0.015);

beforeAll(async () => {
  consultationId = (await createConsultation(db, { district: 'mokotow' })).id;
  await updateConsultation(db.pool, consultationId, { area });
  resident = (await signedInUser(db, services, 'Ala')).headers;
});

async function add(geometry: unknown) {
  const input = { consultationId, body: 'Tu', stance: 'PROPOSAL', geometry };
  const { body } = await request<{ result: Written }>(addComment, { input }, resident);
  return { written: body.data?.result, error: body.errors?.[0]?.extensions };
}

const stored = async (id: string) => {
  const { rows } = await db.pool.query<{ type: string; covered: boolean; valid: boolean }>(
    `SELECT GeometryType(c.geometry) AS type, ST_CoveredBy(c.geometry, k.area) AS covered,
            ST_IsValid(c.geometry) AS valid
     FROM comment c JOIN consultation k ON k.id = c.consultation_id WHERE c.id = $1`,
    [id],
  );
  return rows[0];
};

const count = async () =>
  (await db.pool.query('SELECT 1 FROM comment WHERE consultation_id = $1', [consultationId]))
    .rowCount;

describe('a remark reaching past the consultation area', () => {
  test('an area picked from the district list is clipped to the consultation area', async () => {
    const { written, error } = await add(square(20.96, 52.17, 0.08));
    expect(error).toBeUndefined();
    expect(written?.clipped).toBe(true);
    expect(written?.geometry.type).toBe('Polygon');
    expect(await stored(written?.id ?? '')).toEqual({
      type: 'POLYGON',
      covered: true,
      valid: true,
    });
  });

  test('a line leaving the area keeps its part inside', async () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [21.005, 52.205],
        [21.05, 52.205],
      ],
    };
    const { written } = await add(line);
    expect(written).toMatchObject({
      clipped: true,
      geometry: {
        type: 'LineString',
        coordinates: [
          [21.005, 52.205],
          [21.015, 52.205],
        ],
      },
    });
  });

  test('a line the area cuts in two keeps its longer piece, still a LineString', async () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [21.002, 52.205],
        [20.99, 52.205],
        [20.99, 52.21],
        [21.01, 52.21],
      ],
    };
    const { written } = await add(line);
    expect(written).toMatchObject({
      clipped: true,
      geometry: {
        type: 'LineString',
        coordinates: [
          [21.0, 52.21],
          [21.01, 52.21],
        ],
      },
    });
    expect((await stored(written?.id ?? ''))?.type).toBe('LINESTRING');
  });

  test('within the area nothing is clipped', async () => {
    const inside = {
      type: 'Polygon',
      coordinates: [
        [
          [21.004, 52.204],
          [21.008, 52.204],
          [21.008, 52.208],
          [21.004, 52.208],
          [21.004, 52.204],
        ],
      ],
    };
    const { written } = await add(inside);
    expect(written?.clipped).toBe(false);
    expect(written?.geometry.coordinates).toEqual([
      [
        [21.004, 52.204],
        [21.008, 52.204],
        [21.008, 52.208],
        [21.004, 52.208],
        [21.004, 52.204],
      ],
    ]);
  });

  test('an area wholly outside is refused with the distance, and nothing is written', async () => {
    const before = await count();
    const { error } = await add(square(21.02, 52.2, 0.005));
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COMMENT_OUTSIDE_AREA',
      field: 'input.geometry',
    });
    expect(Number(error?.params?.meters)).toBeGreaterThan(300);
    expect(await count()).toBe(before);
  });

  test('an area touching the area along its edge only is refused: nothing of it is inside', async () => {
    const { error } = await add(square(21.015, 52.2, 0.005));
    expect(error).toMatchObject({ reason: 'COMMENT_OUTSIDE_AREA', params: { meters: 1 } });
  });

  test('an edit to a larger area is clipped and says so', async () => {
    const { written } = await add(square(21.004, 52.204, 0.004));
    const { body } = await request<{ result: Written }>(
      editComment,
      { id: written?.id, input: { geometry: square(20.9, 52.1, 0.2) } },
      resident,
    );
    expect(body.data?.result.clipped).toBe(true);
    expect(await stored(written?.id ?? '')).toMatchObject({ type: 'POLYGON', covered: true });
  });
});
