import { describe, expect, test } from 'vitest';
import { remark as remarkOn, reply } from '../comments/comments.scenario.js';
import { setConsultationStatus } from '../consultations/consultations.scenario.js';
import { respond, respondMany, useResponders } from './responses.scenario.js';

const { db, request, people, remark, responseCount } = useResponders();

describe('respondToComments', () => {
  test('answers several at once with the same decision, each audited', async () => {
    const { consultationId, id } = await remark();
    const more = [
      await remarkOn(db, { consultationId, authorId: people.authorId }),
      await remarkOn(db, { consultationId, authorId: people.authorId }),
    ];
    const ids = [id, ...more, id];
    const { body } = await request<{ respondToComments: { commentId: string }[] }>(
      respondMany,
      { ids, d: 'NOT_APPLICABLE', j: 'Poza zakresem planu.' },
      people.planner.headers,
    );
    expect(body.data?.respondToComments.map((r) => r.commentId)).toEqual([id, ...more]);
    expect(await responseCount(ids)).toBe(3);
    expect(
      await db.prisma.auditEvent.count({
        where: { action: 'response.set', targetId: { in: ids } },
      }),
    ).toBe(3);
  });

  test('all or nothing: one comment of another unit’s consultation writes nothing', async () => {
    const { consultationId, id } = await remark();
    const second = await remarkOn(db, { consultationId, authorId: people.authorId });
    const foreign = (await remark('wola')).id;
    const { body } = await request(
      respondMany,
      { ids: [id, second, foreign], d: 'ACCEPTED', j: 'x' },
      people.planner.headers,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      field: 'commentIds[2]',
    });
    expect(await responseCount([id, second, foreign])).toBe(0);
  });

  test.each([
    [
      'another consultation of the same unit',
      async () => (await remark()).id,
      'BAD_USER_INPUT',
      'RESPONSE_ACROSS_CONSULTATIONS',
    ],
    [
      'a reply',
      async (parent: string) => reply(db, parent, people.authorId),
      'BAD_USER_INPUT',
      'RESPONSE_TO_REPLY',
    ],
    ['an unknown id', async () => '00000000-0000-4000-8000-000000000000', 'NOT_FOUND', 'NOT_FOUND'],
  ])('all or nothing: %s among them writes nothing', async (_, make, code, reason) => {
    const { id } = await remark();
    const odd = await make(id);
    const { body } = await request(
      respondMany,
      { ids: [id, odd], d: 'ACCEPTED', j: 'x' },
      people.planner.headers,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code, reason, field: 'commentIds[1]' });
    expect(await responseCount([id, odd])).toBe(0);
  });

  test.each([
    [0, []],
    [201, Array.from({ length: 201 }, () => '00000000-0000-4000-8000-000000000000')],
  ])('%i ids are refused', async (_, ids) => {
    const { body } = await request(
      respondMany,
      { ids, d: 'ACCEPTED', j: 'x' },
      people.planner.headers,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'commentIds',
    });
  });
});

test('responses are frozen once the report is published', async () => {
  const { consultationId, id } = await remark();
  await request(respond, { id, d: 'REJECTED', j: 'Nie.' }, people.planner.headers);
  await setConsultationStatus(db, consultationId, 'CLOSED');
  const publish = await request(
    'mutation ($id: ID!) { publishConsultationReport(consultationId: $id) { status reportPublishedAt } }',
    { id: consultationId },
    people.planner.headers,
  );
  expect(publish.body.data?.publishConsultationReport).toMatchObject({ status: 'REPORTED' });
  const late = await request(
    respond,
    { id, d: 'ACCEPTED', j: 'Jednak tak.' },
    people.planner.headers,
  );
  expect(late.body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    reason: 'RESPONSE_FINAL',
    field: 'commentId',
  });
  expect(late.body.errors?.[0]?.message).toMatch(/published/);
  const bulk = await request(
    respondMany,
    { ids: [id], d: 'ACCEPTED', j: 'x' },
    people.admin.headers,
  );
  expect(bulk.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(await db.prisma.officialResponse.findUnique({ where: { commentId: id } })).toMatchObject({
    decision: 'REJECTED',
  });
});
