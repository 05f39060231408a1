import { beforeAll, describe, expect, test } from 'vitest';
import { organisers, signedInUser } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { accountAged } from '../identity/identity.scenario.js';
import { remark } from './comments.scenario.js';

const { db, services, request } = useTestServer();

type Headers = Record<string, string>;
type Item = {
  comment: { id: string; status: string };
  reportCount: number;
  reports: { reason: string }[];
  authorHistory: { comments: number; hiddenComments: number };
  autoHidden: boolean;
};
type Page<Node> = {
  edges: { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};

let consultationId: string;
let authorId: string;
let moderator: Headers;
let planner: Headers;
const reporters: Headers[] = [];
const ids: Record<string, string> = {};

const queueQuery = `query ($filter: ModerationFilter, $order: ModerationOrder!, $first: Int!,
    $after: String) {
  page: moderationQueue(filter: $filter, order: $order, first: $first, after: $after) {
    edges { node { comment { id status } reportCount reports { reason }
      authorHistory { comments hiddenComments } autoHidden } }
    pageInfo { hasNextPage endCursor } totalCount } }`;

async function queue(variables: Record<string, unknown>, as: Headers = moderator) {
  const { body } = await request<{ page: Page<Item> }>(
    queueQuery,
    { order: 'LONGEST_WAITING', first: 50, filter: { consultationId }, ...variables },
    as,
  );
  return { page: body.data?.page, errors: body.errors };
}

const hiddenQuery = `query ($filter: HiddenCommentsFilter, $first: Int!, $after: String) {
  page: hiddenComments(filter: $filter, first: $first, after: $after) {
    edges { node { id body hiddenReason } } pageInfo { hasNextPage endCursor } totalCount } }`;

async function hidden(variables: Record<string, unknown>, as: Headers = moderator) {
  const { body } = await request<{
    page: Page<{ id: string; body: string; hiddenReason: string }>;
  }>(hiddenQuery, { first: 50, ...variables }, as);
  return { page: body.data?.page, errors: body.errors };
}

async function report(id: string, count: number) {
  for (const reporter of reporters.slice(0, count)) {
    const { body } = await request(
      'mutation ($id: ID!) { reportComment(id: $id, reason: "Spam reklamowy") { id } }',
      { id },
      reporter,
    );
    expect(body.errors).toBeUndefined();
  }
}

beforeAll(async () => {
  consultationId = (await createConsultation(db)).id;
  const author = await signedInUser(db, services, 'Autor');
  authorId = author.user.id;
  moderator = (await signedInUser(db, services, 'Mod', { roles: [{ role: 'MODERATOR' }] })).headers;
  planner = (await organisers(db, services)).planner.headers;
  for (const name of ['R1', 'R2', 'R3']) {
    const reporter = await signedInUser(db, services, name);
    await accountAged(db, reporter.user.id, 30);
    reporters.push(reporter.headers);
  }
  const write = (body: string) => remark(db, { consultationId, authorId, body });
  // Reported in this order: once, twice, three times (hidden automatically).
  ids.once = await write('Raz zgłoszona');
  ids.twice = await write('Dwa razy zgłoszona');
  ids.thrice = await write('Trzy razy zgłoszona');
  await report(ids.once, 1);
  await report(ids.twice, 2);
  await report(ids.thrice, 3);
  // The author's past: one remark hidden by a moderator, with a text to search for.
  ids.hidden = await remark(db, {
    consultationId,
    authorId,
    status: 'HIDDEN',
    body: 'Reklama 100% taniej_kupuj',
  });
});

const idsOf = (page: Page<Item> | undefined) => page?.edges.map((e) => e.node.comment.id);

describe('moderationQueue', () => {
  test('each item has its report count and its author’s history, never the reporters', async () => {
    const { page } = await queue({});
    expect(page?.totalCount).toBe(3);
    expect(idsOf(page)).toEqual([ids.once, ids.twice, ids.thrice]);
    const twice = page?.edges[1]?.node;
    expect(twice).toMatchObject({
      reportCount: 2,
      autoHidden: false,
      authorHistory: { comments: 4, hiddenComments: 2 },
    });
    // The auto-hidden one does not count itself among its author's hidden remarks.
    expect(page?.edges[2]?.node).toMatchObject({
      autoHidden: true,
      authorHistory: { comments: 4, hiddenComments: 1 },
    });
    expect(JSON.stringify(page)).not.toMatch(/R1|R2|R3|@test\.plac\.local/);
  });

  test('ordered newest first or most reported first', async () => {
    expect(idsOf((await queue({ order: 'NEWEST' })).page)).toEqual([
      ids.thrice,
      ids.twice,
      ids.once,
    ]);
    expect(idsOf((await queue({ order: 'MOST_REPORTED' })).page)).toEqual([
      ids.thrice,
      ids.twice,
      ids.once,
    ]);
  });

  test.each([['LONGEST_WAITING'], ['NEWEST'], ['MOST_REPORTED']])(
    'paged one by one in %s order, every item once',
    async (order) => {
      const all = idsOf((await queue({ order })).page);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const { page } = await queue({ order, first: 1, after });
        seen.push(...(idsOf(page) ?? []));
        after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(all);
    },
  );

  test('filtered by state', async () => {
    const reported = await queue({ filter: { consultationId, state: 'REPORTED' } });
    expect(idsOf(reported.page)).toEqual([ids.once, ids.twice]);
    const autoHidden = await queue({ filter: { consultationId, state: 'AUTO_HIDDEN' } });
    expect(idsOf(autoHidden.page)).toEqual([ids.thrice]);
    expect(autoHidden.page?.totalCount).toBe(1);
  });

  test('bad input is refused naming the argument', async () => {
    const cursor = await queue({ after: 'bm9wZQ' });
    expect(cursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const id = await queue({ filter: { consultationId: 'x' } });
    expect(id.errors?.[0]?.extensions).toMatchObject({ field: 'filter.consultationId' });
    const size = await queue({ first: 101 });
    expect(size.errors?.[0]?.extensions).toMatchObject({ field: 'first' });
  });

  test('for moderators and admins, not planners', async () => {
    expect((await queue({}, planner)).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_REQUIRED',
    });
  });
});

describe('hiddenComments', () => {
  test('hidden remarks of a consultation, newest first, with their reasons', async () => {
    const { page } = await hidden({ filter: { consultationId } });
    expect(page?.edges.map((e) => e.node.id)).toEqual([ids.hidden, ids.thrice]);
    expect(page?.edges[0]?.node).toMatchObject({ hiddenReason: 'test: hidden' });
    expect(page?.totalCount).toBe(2);
  });

  test('searched by text, case-insensitive, the pattern characters taken literally', async () => {
    const search = async (words: string) =>
      (await hidden({ filter: { consultationId, search: words } })).page?.edges.map(
        (e) => e.node.id,
      );
    expect(await search('reklama')).toEqual([ids.hidden]);
    expect(await search('100%')).toEqual([ids.hidden]);
    expect(await search('j_k')).toEqual([ids.hidden]);
    expect(await search('%_')).toEqual([]);
    expect(await search('TRZY')).toEqual([ids.thrice]);
  });

  test('paged', async () => {
    const first = await hidden({ filter: { consultationId }, first: 1 });
    expect(first.page?.pageInfo.hasNextPage).toBe(true);
    const next = await hidden({
      filter: { consultationId },
      first: 1,
      after: first.page?.pageInfo.endCursor,
    });
    expect(next.page?.edges.map((e) => e.node.id)).toEqual([ids.thrice]);
  });

  test('a search too short or too long is refused naming it; planners are refused', async () => {
    const short = await hidden({ filter: { search: 'a' } });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      reason: 'INPUT_TOO_SHORT',
      field: 'filter.search',
    });
    const long = await hidden({ filter: { search: 'a'.repeat(101) } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ reason: 'INPUT_TOO_LONG' });
    expect((await hidden({}, planner)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
