import { beforeAll, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { insideMokotow, squareAround } from './comments.scenario.js';

const { db, services, request } = useTestServer();

const addComment = 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }';
let consultationId: string;
let resident: Record<string, string>;

beforeAll(async () => {
  consultationId = (await createConsultation(db, { district: 'mokotow' })).id;
  resident = (await signedInUser(db, services, 'Ala')).headers;
});

const stored = async () =>
  (await db.pool.query('SELECT 1 FROM comment WHERE consultation_id = $1', [consultationId]))
    .rowCount;

test('a remark whose area covers the whole city is refused with how far it reaches', async () => {
  const warsaw = {
    type: 'Polygon',
    coordinates: [
      [
        [20.85, 52.1],
        [21.27, 52.1],
        [21.27, 52.37],
        [20.85, 52.37],
        [20.85, 52.1],
      ],
    ],
  };
  const { body } = await request(
    addComment,
    { input: { consultationId, body: 'Całe miasto', stance: 'OBJECTION', geometry: warsaw } },
    resident,
  );
  expect(body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    reason: 'COMMENT_TOO_LARGE',
    field: 'input.geometry',
    params: { max: 500 },
  });
  expect(Number(body.errors?.[0]?.extensions?.params?.meters)).toBeGreaterThan(5000);
  expect(await stored()).toBe(0);
});

test('an area within the consultation area is accepted', async () => {
  const { body } = await request(
    addComment,
    {
      input: {
        consultationId,
        body: 'Ten kwartał',
        stance: 'PROPOSAL',
        geometry: squareAround(insideMokotow, 0.004),
      },
    },
    resident,
  );
  expect(body.errors).toBeUndefined();
});
