import { beforeAll, describe, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { createConsultation, unitBySlug } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { linkedPlan } from '../plans/plans.scenario.js';
import { answer } from '../responses/responses.scenario.js';
import { insideMokotow, point, square, topicIds } from './comments.scenario.js';
import { setStatus } from './moderation.sql.js';

const { db, services, request } = useTestServer();

type Headers = Record<string, string>;
type Node = Record<string, unknown> & { id: string; body: string | null };
type Page = {
  comments: {
    totalCount: number;
    edges: { node: Node }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const nearB: [number, number] = [21.03, 52.19];
let consultation: { id: string; unitId: string };
let zone: string;
const people: Record<string, Headers> = { public: {} };
const ids: Record<string, string> = {};

/** The bearer headers of a named persona (public: none). */
function persona(who: string): Headers {
  const headers = people[who];
  if (!headers) throw new Error(`no persona ${who}`);
  return headers;
}

async function list(filter: Record<string, unknown> | null, viewer: Headers = {}, extra = '') {
  const { body } = await request<Page>(
    `query ($id: ID!, $filter: CommentFilter, $first: Int, $after: String) {
       comments(consultationId: $id, filter: $filter, first: $first, after: $after) {
         totalCount edges { node { id body ${extra} } } pageInfo { hasNextPage endCursor } } }`,
    { id: consultation.id, filter },
    viewer,
  );
  return body;
}

const names = (page: { data?: Page | null }) =>
  page.data?.comments.edges.map((e) => Object.entries(ids).find(([, id]) => id === e.node.id)?.[0]);

async function add(name: string, input: Record<string, unknown>) {
  const { body } = await request<{ addComment: { id: string } }>(
    'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
    { input: { consultationId: consultation.id, stance: 'PROPOSAL', ...input } },
    persona('author'),
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  ids[name] = body.data.addComment.id;
}

beforeAll(async () => {
  consultation = await createConsultation(db, { topics: ['Zieleń', 'Ruch'] });
  const topics = await topicIds(db, consultation.id);
  zone =
    (
      await linkedPlan(db, consultation.id, [
        { symbol: '1MW', geometry: square(21.004, 52.208, 0.004) },
      ])
    )['1MW'] ?? '';
  const other = await unitBySlug(db, 'zarzad-zieleni-m-st-warszawy');
  const personas = {
    author: {},
    neighbour: {},
    planner: { roles: [{ role: 'PLANNER' as const, unitId: consultation.unitId }] },
    otherPlanner: { roles: [{ role: 'PLANNER' as const, unitId: other.id }] },
    moderator: { roles: [{ role: 'MODERATOR' as const }] },
    admin: { roles: [{ role: 'ADMIN' as const }] },
  };
  for (const [name, options] of Object.entries(personas)) {
    people[name] = (await signedInUser(db, services, name, options)).headers;
  }
  await add('a', {
    body: 'Ławki',
    geometry: point(insideMokotow),
    stance: 'SUPPORT',
    topicId: topics.Zieleń,
  });
  await add('b', {
    body: 'Za głośno',
    geometry: point(nearB),
    stance: 'OBJECTION',
    topicId: topics.Ruch,
  });
  await add('c', {
    body: 'Skwer',
    geometry: square(21.005, 52.2085, 0.001),
    formal: true,
    formalName: 'Jan Kowalski',
    formalAddress: 'ul. Puławska 1',
    propertyRight: 'PERPETUAL_USUFRUCT',
    parcels: ['1-02-03/4'],
  });
  await add('hidden', { body: 'Obraźliwe', geometry: point(nearB) });
  const { body } = await request<{ replyToComment: { id: string } }>(
    'mutation ($id: ID!) { replyToComment(commentId: $id, body: "Popieram") { id } }',
    { id: ids.a },
    persona('neighbour'),
  );
  ids.reply = body.data?.replyToComment.id ?? '';
  for (const [i, name] of ['a', 'b', 'c', 'hidden', 'reply'].entries()) {
    await db.pool.query('UPDATE comment SET created_at = $2 WHERE id = $1', [
      ids[name],
      new Date(Date.UTC(2026, 0, i + 1)),
    ]);
  }
  await setStatus(db.pool, ids.hidden ?? '', 'HIDDEN', 'Wulgaryzmy');
  const { authorId: responderId } = await services.comments.find(ids.reply ?? '');
  await answer(db, [ids.b ?? ''], {
    responderId,
    decision: 'ANSWERED',
    justification: 'Dziękujemy',
  });
});

describe('comments', () => {
  test('visible remarks, oldest first, in pages; replies come through `replies`', async () => {
    const first = await request<Page>(
      `query ($id: ID!) { comments(consultationId: $id, first: 2) {
         totalCount edges { node { id replies { id body author { displayName } } } }
         pageInfo { hasNextPage endCursor } } }`,
      { id: consultation.id },
    );
    expect(names(first.body)).toEqual(['a', 'b']);
    expect(first.body.data?.comments.totalCount).toBe(3);
    expect(first.body.data?.comments.edges[0]?.node.replies).toEqual([
      { id: ids.reply, body: 'Popieram', author: { displayName: 'neighbour' } },
    ]);
    const rest = await request<Page>(
      'query ($id: ID!, $after: String) { comments(consultationId: $id, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }',
      { id: consultation.id, after: first.body.data?.comments.pageInfo.endCursor },
    );
    expect(names(rest.body)).toEqual(['c']);
    expect(rest.body.data?.comments.pageInfo.hasNextPage).toBe(false);
  });

  test.each([
    ['bbox', { bbox: [21.0, 52.2, 21.02, 52.22] }, ['a', 'c']],
    ['intersecting', { intersecting: square(21.029, 52.189, 0.002) }, ['b']],
    ['zoneId', () => ({ zoneId: zone }), ['a', 'c']],
    ['stance', { stance: ['SUPPORT', 'OBJECTION'] }, ['a', 'b']],
    ['since and until', { since: '2026-01-02T00:00:00Z', until: '2026-01-03T00:00:00Z' }, ['b']],
    ['hasResponse', { hasResponse: true }, ['b']],
    ['no response', { hasResponse: false }, ['a', 'c']],
    ['includeReplies', { includeReplies: true }, ['a', 'b', 'c', 'reply']],
  ])('filters by %s', async (_, filter, expected) => {
    const page = await list(typeof filter === 'function' ? filter() : filter);
    expect(page.errors).toBeUndefined();
    expect(names(page)).toEqual(expected);
  });

  test('filters by topic and by administrative area', async () => {
    const topics = await topicIds(db, consultation.id);
    expect(names(await list({ topicId: topics.Ruch }))).toEqual(['b']);
    const area = async (slug: string) =>
      (await db.prisma.area.findUniqueOrThrow({ where: { slug } })).id;
    expect(names(await list({ areaId: await area('mokotow') }))).toEqual(['a', 'b', 'c']);
    expect(names(await list({ areaId: await area('ursynow') }))).toEqual([]);
    expect((await list({ areaId: 'nowhere' })).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'filter.areaId',
    });
  });

  test('hidden comments are left out for the public, who may not ask for them', async () => {
    const denied = await list({ status: ['HIDDEN'] });
    expect(denied.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      field: 'filter.status',
    });
    for (const who of ['planner', 'moderator']) {
      const page = await list({ status: ['HIDDEN'] }, persona(who), 'hiddenReason');
      expect(page.data?.comments.edges.map((e) => e.node)).toEqual([
        { id: ids.hidden, body: 'Obraźliwe', hiddenReason: 'Wulgaryzmy' },
      ]);
    }
    const other = await list({ status: ['HIDDEN'] }, persona('otherPlanner'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test.each([
    ['bbox', { bbox: [21, 52, 20, 53] }, 'filter.bbox'],
    [
      'both bbox and intersecting',
      { bbox: [21, 52, 22, 53], intersecting: point(nearB) },
      'filter.intersecting',
    ],
    [
      'a MultiPoint',
      { intersecting: { type: 'MultiPoint', coordinates: [nearB] } },
      'filter.intersecting',
    ],
    [
      'until before since',
      { since: '2026-02-01T00:00:00Z', until: '2026-01-01T00:00:00Z' },
      'filter.until',
    ],
  ])('refuses a bad %s', async (_, filter, field) => {
    const { errors } = await list(filter);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('one comment, as each viewer sees it', () => {
  const one = async (id: string, viewer: Headers) => {
    const { body } = await request<{ comment: Record<string, unknown> }>(
      `query ($id: ID!) { comment(id: $id) {
         body geometry hiddenReason formalRemark reportCount
         formal { name address propertyRight parcels } versions { body } } }`,
      { id },
      viewer,
    );
    return body.data?.comment;
  };

  test('a hidden comment shows its body and reason only to author, moderators and unit planners', async () => {
    expect(await one(ids.hidden ?? '', persona('public'))).toMatchObject({
      body: null,
      geometry: null,
      hiddenReason: null,
    });
    for (const who of ['author', 'moderator', 'planner', 'admin']) {
      expect(await one(ids.hidden ?? '', persona(who)), who).toMatchObject({
        body: 'Obraźliwe',
        hiddenReason: 'Wulgaryzmy',
      });
    }
    expect((await one(ids.hidden ?? '', persona('otherPlanner')))?.body).toBeNull();
  });

  test("a formal remark's personal data: author, unit planners and admins only", async () => {
    const formal = {
      name: 'Jan Kowalski',
      address: 'ul. Puławska 1',
      propertyRight: 'PERPETUAL_USUFRUCT',
      parcels: ['1-02-03/4'],
    };
    for (const who of ['author', 'planner', 'admin']) {
      expect((await one(ids.c ?? '', persona(who)))?.formal, who).toEqual(formal);
    }
    for (const who of ['public', 'neighbour', 'otherPlanner', 'moderator']) {
      const seen = await one(ids.c ?? '', persona(who));
      expect(seen, who).toMatchObject({ formalRemark: true, formal: null, versions: null });
    }
  });

  test('report counts are for moderators and unit planners', async () => {
    expect((await one(ids.a ?? '', persona('moderator')))?.reportCount).toBe(0);
    expect((await one(ids.a ?? '', persona('planner')))?.reportCount).toBe(0);
    expect((await one(ids.a ?? '', persona('neighbour')))?.reportCount).toBeNull();
  });
});

describe('commentsNear', () => {
  const near = async (args: string, vars: Record<string, unknown>) =>
    (
      await request<{ commentsNear: { id: string }[] }>(
        `query ($p: GeoJSON!, $c: ID) { commentsNear(point: $p, consultationId: $c, ${args}) { id } }`,
        { c: consultation.id, ...vars },
      )
    ).body;

  test('visible remarks within the radius, nearest first', async () => {
    const { data } = await near('radiusMeters: 5000', { p: point([21.0066, 52.2095]) });
    expect(data?.commentsNear.map((c) => c.id)).toEqual([ids.c, ids.a, ids.b]);
    const close = await near('radiusMeters: 200', { p: point(nearB) });
    expect(close.data?.commentsNear.map((c) => c.id)).toEqual([ids.b]);
  });

  test.each([
    ['radiusMeters: 5001', { p: point(nearB) }, 'radiusMeters'],
    ['radiusMeters: 0', { p: point(nearB) }, 'radiusMeters'],
    ['radiusMeters: 100', { p: square(21, 52, 1) }, 'point'],
  ])('refuses %s', async (args, vars, field) => {
    const { errors } = await near(args, vars);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
