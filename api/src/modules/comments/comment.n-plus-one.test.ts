import pg from 'pg';
import { beforeAll, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { linkedPlan } from '../plans/plans.scenario.js';
import { remarks, replies, square, topicIds } from './comments.scenario.js';

const { db, services, request } = useTestServer();
let headers: Record<string, string>;

const page = `query ($id: ID!) {
  comments(consultationId: $id, first: 50) {
    totalCount
    edges { node {
      id body zoneId stance topic { name } author { displayName }
      supportCount supportedByMe
      replies { id body author { displayName } }
    } }
  } }`;

/** A consultation with `count` remarks by 7 authors, each with a topic, a zone, a reply and supports. */
async function consultationWith(count: number) {
  const { id } = await createConsultation(db, { topics: ['Zieleń'] });
  await linkedPlan(db, id, [{ symbol: '1MW', geometry: square(20.98, 52.16, 0.06) }]);
  const authors = [];
  for (let i = 0; i < 7; i++) authors.push((await createUser(db, `Author ${i}`)).id);
  const topicId = (await topicIds(db, id)).Zieleń;
  const commentIds = await remarks(db, { consultationId: id, authorIds: authors, count, topicId });
  await replies(db, commentIds, (await createUser(db, 'Replier')).id);
  await db.pool.query(
    `INSERT INTO comment_support (comment_id, user_id)
     SELECT c, u FROM unnest($1::uuid[]) AS c, unnest($2::uuid[]) AS u`,
    [commentIds, authors.slice(1, 4)],
  );
  return id;
}

/**
 * Every statement sent to the database while `work` runs. Each pg client's `query` is counted,
 * so the service's pool queries, transactions and Prisma's queries (through the same pool) all are.
 */
async function statementsDuring(work: () => Promise<unknown>) {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [first] = args as [string | { text: string }];
    statements.push(typeof first === 'string' ? first : first.text);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  return statements;
}

const small = { id: '', comments: 10 };
const large = { id: '', comments: 50 };

beforeAll(async () => {
  headers = (await signedInUser(db, services, 'Reader')).headers;
  small.id = await consultationWith(small.comments);
  large.id = await consultationWith(large.comments);
});

test('a page of comments with their relations takes the same few statements for 10 or 50', async () => {
  // What signing a request in costs, counted once and set aside.
  const signIn = await statementsDuring(() => request('{ __typename }', {}, headers));
  const cost = async (consultationId: string, comments: number) => {
    let edges: unknown[] = [];
    const statements = await statementsDuring(async () => {
      const { body } = await request<{ comments: { edges: unknown[] } }>(
        page,
        { id: consultationId },
        headers,
      );
      expect(body.errors).toBeUndefined();
      edges = body.data?.comments.edges ?? [];
    });
    expect(edges).toHaveLength(comments);
    return statements.slice(signIn.length);
  };
  const forSmall = await cost(small.id, small.comments);
  const forLarge = await cost(large.id, large.comments);
  expect(forLarge.length, forLarge.join('\n---\n')).toBe(forSmall.length);
  expect(forLarge.length, forLarge.join('\n---\n')).toBeLessThanOrEqual(8);
});

test('the total is counted only when the query selects it, once however often', async () => {
  const counts = async (selection: string) => {
    const query = `query ($id: ID!) { comments(consultationId: $id, first: 5) { ${selection} } }`;
    const statements = await statementsDuring(async () => {
      const { body } = await request(query, { id: large.id }, headers);
      expect(body.errors).toBeUndefined();
    });
    // From the remarks, or summed from the counts kept per map cell.
    const totals =
      /count\(\*\)[\s\S]*FROM comment c\b|sum\(t\.remarks\)[\s\S]*FROM comment_cell_count/;
    return statements.filter((s) => totals.test(s)).length;
  };
  expect(await counts('edges { node { id } }')).toBe(0);
  expect(await counts('totalCount')).toBe(1);
  expect(await counts('totalCount again: totalCount edges { cursor }')).toBe(1);
});
