import { describe, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { remark as remarkOn, reply } from '../comments/comments.scenario.js';
import { respond, useResponders } from './responses.scenario.js';

const { db, services, request, people, remark, responseCount } = useResponders();

describe('respondToComment', () => {
  test('a planner of the unit answers, then changes the answer; both audited', async () => {
    const { id } = await remark();
    const first = await request(
      respond,
      { id, d: 'REJECTED', j: ' Sprzeczne z planem. ' },
      people.planner.headers,
    );
    expect(first.body.data?.respondToComment).toMatchObject({
      commentId: id,
      decision: 'REJECTED',
      justification: 'Sprzeczne z planem.',
      responder: { displayName: 'planner' },
    });
    const second = await request(
      respond,
      { id, d: 'ACCEPTED', j: 'Uwzględniono.' },
      people.admin.headers,
    );
    expect(second.body.data?.respondToComment).toMatchObject({
      decision: 'ACCEPTED',
      responder: { displayName: 'admin' },
    });
    expect(await responseCount([id])).toBe(1);
    const audit = await db.prisma.auditEvent.findMany({
      where: { action: 'response.set', targetId: id },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((e) => [e.before, e.after])).toEqual([
      [
        null,
        {
          decision: 'REJECTED',
          justification: 'Sprzeczne z planem.',
          responderId: people.planner.user.id,
        },
      ],
      [
        {
          decision: 'REJECTED',
          justification: 'Sprzeczne z planem.',
          responderId: people.planner.user.id,
        },
        { decision: 'ACCEPTED', justification: 'Uwzględniono.', responderId: people.admin.user.id },
      ],
    ]);
  });

  test('the response shows on the comment, to everyone', async () => {
    const { id } = await remark();
    await request(respond, { id, d: 'ANSWERED', j: 'Tak, w 2027 r.' }, people.planner.headers);
    const { body } = await request<{ comment: { response: unknown } }>(
      'query ($id: ID!) { comment(id: $id) { response { decision justification responder { displayName } } } }',
      { id },
    );
    expect(body.data?.comment.response).toEqual({
      decision: 'ANSWERED',
      justification: 'Tak, w 2027 r.',
      responder: { displayName: 'planner' },
    });
  });

  test('the response to a hidden comment is for those who oversee it', async () => {
    const { consultationId } = await remark();
    const id = await remarkOn(db, {
      consultationId,
      authorId: people.authorId,
      status: 'HIDDEN',
    });
    await request(respond, { id, d: 'NOT_APPLICABLE', j: 'Poza tematem.' }, people.planner.headers);
    const query = 'query ($id: ID!) { comment(id: $id) { response { decision } } }';
    const visitor = await request<{ comment: { response: unknown } }>(query, { id });
    expect(visitor.body.data?.comment.response ?? null).toBeNull();
    const own = await request<{ comment: { response: unknown } }>(
      query,
      { id },
      people.planner.headers,
    );
    expect(own.body.data?.comment.response).toEqual({ decision: 'NOT_APPLICABLE' });
  });

  test('a reply cannot be answered', async () => {
    const { id } = await remark();
    const replyId = await reply(db, id, people.authorId);
    const { body } = await request(
      respond,
      { id: replyId, d: 'ANSWERED', j: 'x' },
      people.planner.headers,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'RESPONSE_TO_REPLY',
      field: 'commentId',
    });
    expect(await responseCount([replyId])).toBe(0);
  });

  test('a planner of another unit is FORBIDDEN', async () => {
    const { id } = await remark();
    const { body } = await request(
      respond,
      { id, d: 'ACCEPTED', j: 'x' },
      people.otherPlanner.headers,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await responseCount([id])).toBe(0);
  });

  test.each([
    ['a made-up id', '00000000-0000-4000-8000-000000000000', 'NOT_FOUND', 'commentId'],
    ['a malformed id', 'not-an-id', 'NOT_FOUND', 'commentId'],
  ])('%s is NOT_FOUND', async (_, id, code, field) => {
    const { body } = await request(respond, { id, d: 'ACCEPTED', j: 'x' }, people.planner.headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code, field });
  });

  test('an empty justification names the field; nothing is written', async () => {
    const { id } = await remark();
    const { body } = await request(
      respond,
      { id, d: 'ACCEPTED', j: '   ' },
      people.planner.headers,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INPUT_REQUIRED',
      field: 'justification',
    });
    expect(await responseCount([id])).toBe(0);
  });

  test('an unknown decision is refused by the schema', async () => {
    const { id } = await remark();
    const { body } = await request(respond, { id, d: 'MAYBE', j: 'x' }, people.planner.headers);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/MAYBE/);
  });

  test('a visitor must sign in; a resident is FORBIDDEN', async () => {
    const { id } = await remark();
    const visitor = await request(respond, { id, d: 'ACCEPTED', j: 'x' });
    expect(visitor.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const resident = await signedInUser(db, services, 'someone');
    const { body } = await request(respond, { id, d: 'ACCEPTED', j: 'x' }, resident.headers);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
