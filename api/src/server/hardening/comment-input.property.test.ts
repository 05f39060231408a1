import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { organisers, signedInUser } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { places, remark, topicIds } from '../../modules/comments/comments.scenario.js';
import { casesPer } from './bad-input.cases.js';
import { type Case, fuzz, fuzzServerEnv, propertyTimeout, refusalOf } from './bad-input.harness.js';
import { hostileTexts } from './bad-text.arbitraries.js';

const { db, services, request } = useTestServer(fuzzServerEnv);

type Headers = Record<string, string>;
const scene = {
  consultationId: '',
  topicId: '',
  author: {} as Headers,
  reporters: [] as Headers[],
  moderator: {} as Headers,
  planner: {} as Headers,
  /** Remarks by someone else than the author, to reply to, report and moderate. */
  others: [] as string[],
  own: '',
};

beforeAll(async () => {
  const consultation = await createConsultation(db, { topics: ['Zieleń'] });
  scene.consultationId = consultation.id;
  scene.topicId = (await topicIds(db, consultation.id)).Zieleń ?? '';
  const author = await signedInUser(db, services, 'fuzzed author');
  const neighbour = await signedInUser(db, services, 'neighbour');
  scene.author = author.headers;
  scene.moderator = (
    await signedInUser(db, services, 'moderator', { roles: [{ role: 'MODERATOR' }] })
  ).headers;
  scene.planner = (await organisers(db, services)).planner.headers;
  for (let i = 0; i < 5; i++) {
    scene.reporters.push((await signedInUser(db, services, `reporter ${i}`)).headers);
  }
  for (let i = 0; i < 40; i++) {
    scene.others.push(
      await remark(db, { consultationId: consultation.id, authorId: neighbour.user.id }),
    );
  }
  scene.own = await remark(db, { consultationId: consultation.id, authorId: author.user.id });
});

const count = async (sql: string, value: unknown) =>
  (await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, [value])).rows[0]
    ?.n ?? 0;
const commentCount = () => count('comment WHERE consultation_id = $1', scene.consultationId);
const stance = fc.constantFrom('SUPPORT', 'OBJECTION', 'PROPOSAL', 'QUESTION');
const other = () => fc.constantFrom(...scene.others);
const moderated = (id: string) =>
  db.pool
    .query('SELECT status, hidden_reason FROM comment WHERE id = $1', [id])
    .then((r) => r.rows[0]);
const responses = (ids: string[]) =>
  db.pool
    .query('SELECT * FROM official_response WHERE comment_id = ANY($1::uuid[]) ORDER BY 1', [ids])
    .then((r) => r.rows);

const formalLimits = { formalName: [3, 200], formalAddress: [5, 500], parcel: [1, 100] } as const;
const remarkCases = fc
  .tuple(
    hostileTexts({ body: [1, 5000], ...formalLimits }),
    fc.option(fc.boolean(), { nil: null }),
    fc.constantFrom('OWNER', 'PERPETUAL_USUFRUCT', 'NONE'),
    stance,
  )
  .map(([{ texts, refusal }, formal, propertyRight, s]): Case => {
    const { body, formalName, formalAddress, parcel } = texts;
    // The personal data goes with a formal remark, or with its text poisoned (refused anyway).
    const details =
      formal || (refusal && refusal.key !== 'body')
        ? { formalName, formalAddress, propertyRight, parcels: ['1/2', parcel] }
        : {};
    const input = { consultationId: scene.consultationId, body, stance: s, formal, ...details };
    return {
      variables: { input: { ...input, geometry: places.mokotow, topicId: scene.topicId } },
      refusal: refusalOf(refusal, (key) =>
        key === 'parcel' ? 'input.parcels[1]' : `input.${key}`,
      ),
    };
  });

const textMutations = [
  {
    name: 'addComment',
    target: () => ({
      operation: 'mutation' as const,
      field: 'addComment(input: $input) { id }',
      variables: { input: 'AddCommentInput!' },
      headers: scene.author,
      rows: commentCount,
    }),
    cases: () => remarkCases,
  },
  {
    name: 'replyToComment',
    target: () => ({
      operation: 'mutation' as const,
      field: 'replyToComment(commentId: $id, body: $body) { id }',
      variables: { id: 'ID!', body: 'String!' },
      headers: scene.author,
      rows: commentCount,
    }),
    cases: () =>
      fc.tuple(hostileTexts({ body: [1, 5000] }), other()).map(([{ texts, refusal }, id]) => ({
        variables: { id, body: texts.body },
        refusal: refusalOf(refusal),
      })),
  },
  {
    name: 'editComment',
    target: () => ({
      operation: 'mutation' as const,
      field: 'editComment(id: $id, input: $input) { id }',
      variables: { id: 'ID!', input: 'EditCommentInput!' },
      headers: scene.author,
      rows: () => count('comment_version WHERE comment_id = $1', scene.own),
    }),
    cases: () =>
      fc.tuple(hostileTexts({ body: [1, 5000] }), stance).map(([{ texts, refusal }, s]) => ({
        variables: { id: scene.own, input: { body: texts.body, stance: s } },
        refusal: refusalOf(refusal, () => 'input.body'),
      })),
  },
  {
    name: 'reportComment',
    target: () => ({
      operation: 'mutation' as const,
      field: 'reportComment(id: $id, reason: $reason) { id }',
      variables: { id: 'ID!', reason: 'String!' },
      rows: () => count('comment_report WHERE comment_id = ANY($1::uuid[])', scene.others),
    }),
    cases: () =>
      fc
        .tuple(hostileTexts({ reason: [3, 1000] }), other(), fc.constantFrom(...scene.reporters))
        .map(([{ texts, refusal }, id, headers]) => ({
          variables: { id, reason: texts.reason },
          refusal: refusalOf(refusal),
          headers,
        })),
  },
] as const;

describe('comments: no generated text gets a server error, and a refusal writes nothing', () => {
  test.each(textMutations)(
    '$name',
    async ({ name, target, cases }) => {
      const total = casesPer[name];
      expect(await fuzz(request, target(), cases(), { total })).toBe(total);
    },
    propertyTimeout,
  );

  test.each(['hideComment', 'restoreComment'] as const)(
    '%s',
    async (name) => {
      const id = scene.others[0] ?? '';
      const target = {
        operation: 'mutation' as const,
        field: `${name}(id: $id, reason: $reason) { id }`,
        variables: { id: 'ID!', reason: 'String!' },
        headers: scene.moderator,
        state: () => moderated(id),
      };
      const cases = hostileTexts({ reason: [3, 1000] }).map(({ texts, refusal }) => ({
        variables: { id, reason: texts.reason },
        refusal: refusalOf(refusal),
      }));
      const total = casesPer[name];
      expect(await fuzz(request, target, cases, { total, size: 1 })).toBe(total);
    },
    propertyTimeout,
  );

  const decision = fc.constantFrom(
    'ACCEPTED',
    'PARTIALLY_ACCEPTED',
    'REJECTED',
    'NOT_APPLICABLE',
    'ANSWERED',
  );

  test.each([
    ['respondToComment', 'commentId: $ids', 'ID!'],
    ['respondToComments', 'commentIds: $ids', '[ID!]!'],
  ] as const)(
    '%s',
    async (name, ids, idsType) => {
      const answered = scene.others.slice(1, 3);
      const target = {
        operation: 'mutation' as const,
        field: `${name}(${ids}, decision: $decision, justification: $text) { __typename }`,
        variables: { ids: idsType, decision: 'ResponseDecision!', text: 'String!' },
        headers: scene.planner,
        state: () => responses(answered),
      };
      const cases = fc
        .tuple(
          hostileTexts({ text: [1, 10_000] }),
          decision,
          fc.subarray(answered, { minLength: 1 }),
        )
        .map(([{ texts, refusal }, d, some]) => ({
          variables: { ids: idsType === 'ID!' ? some[0] : some, decision: d, text: texts.text },
          refusal: refusalOf(refusal, () => 'justification'),
        }));
      const total = casesPer[name];
      expect(await fuzz(request, target, cases, { total, size: 1 })).toBe(total);
    },
    propertyTimeout,
  );
});
