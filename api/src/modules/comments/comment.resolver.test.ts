import { beforeAll, describe, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { setConsultationStatus } from '../consultations/consultations.scenario.js';
import { linkedPlan } from '../plans/plans.scenario.js';
import { insideMokotow, outsideMokotow, point, square, topicIds } from './comments.scenario.js';

const { db, services, request } = useTestServer();

type Headers = Record<string, string>;
type Row = Record<string, unknown> & { id: string };

const fields = 'id body status stance zoneId geometry editedAt topic { name } parent { id }';

async function add(headers: Headers, input: Record<string, unknown>) {
  const { body } = await request<{ addComment: Row }>(
    `mutation ($input: AddCommentInput!) { addComment(input: $input) { ${fields} } }`,
    { input },
    headers,
  );
  return body;
}

async function call(mutation: string, args: string, vars: Record<string, unknown>, h: Headers) {
  const { body } = await request<Record<string, Row>>(
    `mutation ${args} { ${mutation} { ${fields} versions { body } supportCount supportedByMe } }`,
    vars,
    h,
  );
  return body;
}

const commentCount = async (consultationId: string) =>
  (await db.pool.query('SELECT 1 FROM comment WHERE consultation_id = $1', [consultationId]))
    .rowCount;

let consultation: { id: string; unitId: string };
let topics: Record<string, string>;
let resident: Headers;
let neighbour: Headers;
const remark = () => ({
  consultationId: consultation.id,
  body: '  Więcej zieleni przy szkole  ',
  geometry: point(insideMokotow),
  stance: 'PROPOSAL',
});

beforeAll(async () => {
  consultation = await createConsultation(db, { topics: ['Zieleń', 'Ruch'] });
  topics = await topicIds(db, consultation.id);
  resident = (await signedInUser(db, services, 'Ala')).headers;
  neighbour = (await signedInUser(db, services, 'Bartek')).headers;
});

describe('addComment', () => {
  test('any signed-in resident comments on an open consultation; the body is trimmed', async () => {
    const { data, errors } = await add(resident, { ...remark(), topicId: topics.Zieleń });
    expect(errors).toBeUndefined();
    expect(data?.addComment).toMatchObject({
      body: 'Więcej zieleni przy szkole',
      status: 'VISIBLE',
      stance: 'PROPOSAL',
      zoneId: null,
      geometry: point(insideMokotow),
      topic: { name: 'Zieleń' },
      parent: null,
    });
  });

  test('the zone is the one containing the geometry, else the one overlapping it most', async () => {
    const withPlan = await createConsultation(db);
    const { '1MW': west, '2MW': east } = await linkedPlan(db, withPlan.id, [
      { symbol: '1MW', geometry: square(21.004, 52.208, 0.004) },
      { symbol: '2MW', geometry: square(21.008, 52.208, 0.004) },
    ]);
    const at = async (geometry: unknown) =>
      (await add(resident, { ...remark(), consultationId: withPlan.id, geometry })).data?.addComment
        .zoneId;
    expect(await at(point(insideMokotow))).toBe(west);
    const line = {
      type: 'LineString',
      coordinates: [
        [21.0065, 52.209],
        [21.0115, 52.209],
      ],
    };
    expect(await at(line)).toBe(east);
    expect(await at(square(21.0065, 52.2085, 0.002))).toBe(west);
    expect(await at(point([21.0064, 52.2])), 'outside every zone').toBeNull();
  });

  test('a formal remark needs name, address, property right and parcels together', async () => {
    const formal = {
      formal: true,
      formalName: 'Jan Kowalski',
      formalAddress: 'ul. Puławska 1, Warszawa',
      propertyRight: 'OWNER',
      parcels: ['1-01-01/5'],
    };
    expect((await add(resident, { ...remark(), ...formal })).errors).toBeUndefined();
    const missing = await add(resident, { ...remark(), ...formal, parcels: undefined });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.parcels',
    });
    const notFormal = await add(resident, { ...remark(), formalName: 'Jan Kowalski' });
    expect(notFormal.errors?.[0]?.extensions?.field).toBe('input.formal');
  });

  const invalid: [string, Record<string, unknown>, string, RegExp, string][] = [
    ['an empty body', { body: '   ' }, 'input.body', /at least 1/, 'INPUT_REQUIRED'],
    [
      'a 5,001-character body',
      { body: 'x'.repeat(5001) },
      'input.body',
      /at most 5000/,
      'INPUT_TOO_LONG',
    ],
    [
      'a MultiPoint',
      { geometry: { type: 'MultiPoint', coordinates: [insideMokotow] } },
      'input.geometry',
      /MultiPoint is not allowed/,
      'GEOMETRY_TYPE_NOT_ALLOWED',
    ],
    [
      'a GeometryCollection',
      { geometry: { type: 'GeometryCollection', geometries: [point(insideMokotow)] } },
      'input.geometry',
      /GeometryCollection is not allowed/,
      'GEOMETRY_TYPE_NOT_ALLOWED',
    ],
    [
      'a bowtie polygon',
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [21.0, 52.2],
              [21.01, 52.21],
              [21.01, 52.2],
              [21.0, 52.21],
              [21.0, 52.2],
            ],
          ],
        },
      },
      'input.geometry',
      /invalid geometry: Self-intersection/,
      'GEOMETRY_INVALID',
    ],
    [
      'a point outside the area, saying how far',
      { geometry: point(outsideMokotow) },
      'input.geometry',
      /lies \d{4,5} m outside the consultation area/,
      'COMMENT_OUTSIDE_AREA',
    ],
    [
      'a topic of no consultation',
      { topicId: 'x' },
      'input.topicId',
      /not a topic/,
      'COMMENT_TOPIC_UNKNOWN',
    ],
  ];
  test.each(invalid)(
    'refuses %s, naming the field, writing nothing',
    async (_, change, field, message, reason) => {
      const before = await commentCount(consultation.id);
      const { errors } = await add(resident, { ...remark(), ...change });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
      expect(errors?.[0]?.message).toMatch(message);
      expect(await commentCount(consultation.id)).toBe(before);
    },
  );

  test('refuses a topic of another consultation', async () => {
    const other = await createConsultation(db, { topics: ['Zieleń'] });
    const { errors } = await add(resident, {
      ...remark(),
      topicId: (await topicIds(db, other.id)).Zieleń,
    });
    expect(errors?.[0]?.extensions?.field).toBe('input.topicId');
  });

  test.each(['ANNOUNCED', 'CLOSED'] as const)(
    'refuses a consultation that is %s',
    async (status) => {
      const closed = await createConsultation(db, { status });
      const { errors } = await add(resident, { ...remark(), consultationId: closed.id });
      expect(errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'CONSULTATION_NOT_OPEN',
        field: 'input.consultationId',
        params: { status },
      });
      expect(errors?.[0]?.message).toMatch(`is ${status}, not OPEN`);
      expect(await commentCount(closed.id)).toBe(0);
    },
  );

  test('refuses an OPEN consultation past its closing date', async () => {
    const late = await createConsultation(db);
    await db.pool.query(
      `UPDATE consultation SET opens_at = now() - interval '9 days', closes_at = now() - interval '1 day' WHERE id = $1`,
      [late.id],
    );
    const { errors } = await add(resident, { ...remark(), consultationId: late.id });
    expect(errors?.[0]?.message).toMatch(/closed at/);
    expect(errors?.[0]?.extensions).toMatchObject({ reason: 'CONSULTATION_ENDED' });
  });

  test('a visitor must sign in', async () => {
    const { errors } = await add({}, remark());
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('replies', () => {
  test('a reply has a body only, one level deep', async () => {
    const parent = (await add(resident, remark())).data?.addComment.id;
    const reply = await call(
      'replyToComment(commentId: $id, body: $body)',
      '($id: ID!, $body: String!)',
      { id: parent, body: ' Zgadzam się ' },
      neighbour,
    );
    expect(reply.data?.replyToComment).toMatchObject({
      body: 'Zgadzam się',
      geometry: null,
      stance: null,
      parent: { id: parent },
    });
    const deeper = await call(
      'replyToComment(commentId: $id, body: "Ja też")',
      '($id: ID!)',
      { id: reply.data?.replyToComment?.id },
      resident,
    );
    expect(deeper.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COMMENT_REPLY_TO_REPLY',
      field: 'commentId',
    });
  });

  test('an empty reply is refused', async () => {
    const parent = (await add(resident, remark())).data?.addComment.id;
    const { errors } = await call(
      'replyToComment(commentId: $id, body: "")',
      '($id: ID!)',
      { id: parent },
      neighbour,
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  });
});

describe('editComment', () => {
  test('the author edits; the earlier version is kept and the zone derived again', async () => {
    const withPlan = await createConsultation(db);
    const { '1MW': zone } = await linkedPlan(db, withPlan.id, [
      { symbol: '1MW', geometry: square(21.004, 52.208, 0.004) },
    ]);
    const created = await add(resident, {
      ...remark(),
      consultationId: withPlan.id,
      geometry: point([21.0064, 52.2]),
    });
    const id = created.data?.addComment.id;
    const input = { body: 'Poprawione', geometry: point(insideMokotow), topicId: null };
    const { data, errors } = await call(
      'editComment(id: $id, input: $input)',
      '($id: ID!, $input: EditCommentInput!)',
      { id, input },
      resident,
    );
    expect(errors).toBeUndefined();
    expect(data?.editComment).toMatchObject({ body: 'Poprawione', zoneId: zone });
    expect(data?.editComment?.editedAt).toEqual(expect.any(String));
    expect(data?.editComment?.versions).toEqual([{ body: 'Więcej zieleni przy szkole' }]);
  });

  test("editing someone else's comment is FORBIDDEN and changes nothing", async () => {
    const id = (await add(resident, remark())).data?.addComment.id;
    const { errors } = await call(
      'editComment(id: $id, input: { body: "Przejęte" })',
      '($id: ID!)',
      { id },
      neighbour,
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(errors?.[0]?.extensions).toMatchObject({ reason: 'COMMENT_NOT_AUTHOR', field: 'id' });
    const { rows } = await db.pool.query('SELECT body FROM comment WHERE id = $1', [id]);
    expect(rows[0]?.body).toBe('Więcej zieleni przy szkole');
  });

  test('bad input writes no version, and no edits once the consultation closes', async () => {
    const closing = await createConsultation(db);
    const id = (await add(resident, { ...remark(), consultationId: closing.id })).data?.addComment
      .id;
    const tooLong = await call(
      'editComment(id: $id, input: { body: $body })',
      '($id: ID!, $body: String)',
      { id, body: 'x'.repeat(5001) },
      resident,
    );
    expect(tooLong.errors?.[0]?.extensions?.field).toBe('input.body');
    const outside = await call(
      'editComment(id: $id, input: { geometry: $g })',
      '($id: ID!, $g: GeoJSON)',
      { id, g: point(outsideMokotow) },
      resident,
    );
    expect(outside.errors?.[0]?.message).toMatch(/m outside the consultation area/);
    const versions = await db.pool.query('SELECT 1 FROM comment_version WHERE comment_id = $1', [
      id,
    ]);
    expect(versions.rowCount).toBe(0);
    await setConsultationStatus(db, closing.id, 'CLOSED');
    const late = await call(
      'editComment(id: $id, input: { body: "Za późno" })',
      '($id: ID!)',
      { id },
      resident,
    );
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('withdraw and support', () => {
  test('the author withdraws; others may not', async () => {
    const id = (await add(resident, remark())).data?.addComment.id;
    const byOther = await call('withdrawComment(id: $id)', '($id: ID!)', { id }, neighbour);
    expect(byOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { data } = await call('withdrawComment(id: $id)', '($id: ID!)', { id }, resident);
    expect(data?.withdrawComment?.status).toBe('WITHDRAWN');
  });

  test('one support per user, never for your own comment, and it can be taken back', async () => {
    const id = (await add(resident, remark())).data?.addComment.id;
    const own = await call('supportComment(id: $id)', '($id: ID!)', { id }, resident);
    expect(own.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COMMENT_IS_OWN',
      field: 'id',
    });
    const first = await call('supportComment(id: $id)', '($id: ID!)', { id }, neighbour);
    expect(first.data?.supportComment).toMatchObject({ supportCount: 1, supportedByMe: true });
    const second = await call('supportComment(id: $id)', '($id: ID!)', { id }, neighbour);
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'COMMENT_ALREADY_SUPPORTED',
      field: 'id',
    });
    const back = await call('unsupportComment(id: $id)', '($id: ID!)', { id }, neighbour);
    expect(back.data?.unsupportComment).toMatchObject({ supportCount: 0, supportedByMe: false });
  });

  test('an unknown comment is NOT_FOUND', async () => {
    const { errors } = await call('supportComment(id: "nope")', '', {}, neighbour);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});
