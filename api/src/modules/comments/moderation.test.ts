import { beforeAll, describe, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { type GraphQLResponse, useTestServer } from '../../../test/server.js';
import { accountAged } from '../identity/identity.scenario.js';
import { remark } from './comments.scenario.js';

const { db, services, request } = useTestServer();

type Headers = Record<string, string>;
type Shown = { id: string; status: string; body: string | null; hiddenReason: string | null };
type Item = {
  comment: { id: string };
  reports: { reason: string }[];
  autoHidden: boolean;
  waitingSince: string;
};

type QueuePage = {
  moderationQueue: {
    edges: { node: Item }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

let consultationId: string;
let author: { id: string; headers: Headers };
let moderator: Headers;
const reporters: Headers[] = [];

async function act(mutation: string, id: string, reason: string, as: Headers) {
  const { body } = await request<Record<string, Shown>>(
    `mutation ($id: ID!, $reason: String!) {
       result: ${mutation}(id: $id, reason: $reason) { id status body hiddenReason } }`,
    { id, reason },
    as,
  );
  return { result: body.data?.result, errors: body.errors };
}

const newComment = () => remark(db, { consultationId, authorId: author.id });

const openReports = async (id: string) =>
  (
    await db.pool.query(
      'SELECT 1 FROM comment_report WHERE comment_id = $1 AND resolved_at IS NULL',
      [id],
    )
  ).rowCount;

/** The whole queue, page by page: other test files may be reporting comments meanwhile. */
async function queue(as: Headers = moderator) {
  const items: Item[] = [];
  let after: string | null = null;
  for (;;) {
    const { body }: { body: GraphQLResponse<QueuePage> } = await request<QueuePage>(
      `query ($after: String) { moderationQueue(first: 100, after: $after) {
         edges { node { comment { id } reports { reason } autoHidden waitingSince } }
         pageInfo { hasNextPage endCursor } } }`,
      { after },
      as,
    );
    if (!body.data) return { items, errors: body.errors };
    items.push(...body.data.moderationQueue.edges.map((e) => e.node));
    if (!body.data.moderationQueue.pageInfo.hasNextPage) return { items, errors: undefined };
    after = body.data.moderationQueue.pageInfo.endCursor;
  }
}

async function audits(targetId: string) {
  return db.prisma.auditEvent.findMany({ where: { targetId }, orderBy: { id: 'asc' } });
}

beforeAll(async () => {
  consultationId = (await createConsultation(db)).id;
  const user = await signedInUser(db, services, 'Autor');
  author = { id: user.user.id, headers: user.headers };
  moderator = (await signedInUser(db, services, 'Moderator', { roles: [{ role: 'MODERATOR' }] }))
    .headers;
  // Residents of some standing: their reports may hide a remark (PLAC_REPORT_MIN_ACCOUNT_AGE_HOURS).
  for (const name of ['R1', 'R2', 'R3', 'R4']) {
    const reporter = await signedInUser(db, services, name);
    await accountAged(db, reporter.user.id, 30);
    reporters.push(reporter.headers);
  }
});

describe('reportComment', () => {
  test('once per user: a second report is a CONFLICT naming the comment', async () => {
    const id = await newComment();
    const [r1 = {}] = reporters;
    expect((await act('reportComment', id, 'Spam reklamowy', r1)).errors).toBeUndefined();
    const again = await act('reportComment', id, 'Nadal spam', r1);
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'COMMENT_ALREADY_REPORTED',
      field: 'id',
    });
    expect(await openReports(id)).toBe(1);
  });

  test('refuses a too-short reason and your own comment', async () => {
    const id = await newComment();
    const short = await act('reportComment', id, 'x', reporters[0] ?? {});
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INPUT_TOO_SHORT',
      field: 'reason',
      params: { min: 3 },
    });
    const own = await act('reportComment', id, 'Mój własny', author.headers);
    expect(own.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COMMENT_IS_OWN',
      field: 'id',
    });
    expect(await openReports(id)).toBe(0);
  });

  test('the third report from a different user hides the comment pending review', async () => {
    const id = await newComment();
    const [r1 = {}, r2 = {}, r3 = {}] = reporters;
    await act('reportComment', id, 'Obraźliwe', r1);
    expect((await act('reportComment', id, 'Wulgarne', r2)).result?.status).toBe('VISIBLE');
    const third = await act('reportComment', id, 'Hejt', r3);
    expect(third.result).toMatchObject({ status: 'HIDDEN', body: null, hiddenReason: null });
    const { rows } = await db.pool.query(
      'SELECT status, hidden_reason FROM comment WHERE id = $1',
      [id],
    );
    expect(rows[0]).toEqual({
      status: 'HIDDEN',
      hidden_reason: 'Hidden after 3 reports, pending review',
    });
    expect((await audits(id)).map((a) => [a.action, a.actorId])).toEqual([
      ['comment.autoHide', null],
    ]);
    const { items } = await queue();
    expect(items.find((i) => i.comment.id === id)).toMatchObject({
      autoHidden: true,
      reports: [{ reason: 'Obraźliwe' }, { reason: 'Wulgarne' }, { reason: 'Hejt' }],
    });
  });
});

test('reports from accounts made today reach the queue but do not hide the remark', async () => {
  const id = await newComment();
  for (const name of ['N1', 'N2', 'N3']) {
    const fresh = (await signedInUser(db, services, name)).headers;
    expect((await act('reportComment', id, 'Spam', fresh)).result?.status).toBe('VISIBLE');
  }
  const { items } = await queue();
  expect(items.find((i) => i.comment.id === id)).toMatchObject({ autoHidden: false });
  expect(await openReports(id)).toBe(3);
});

describe('moderation', () => {
  test('the queue is for moderators, longest waiting first', async () => {
    const [older, newer] = [await newComment(), await newComment()];
    await act('reportComment', older, 'Pierwsze zgłoszenie', reporters[0] ?? {});
    await act('reportComment', newer, 'Drugie zgłoszenie', reporters[0] ?? {});
    const { items } = await queue();
    const mine = items.filter((i) => i.comment.id === older || i.comment.id === newer);
    expect(mine.map((i) => i.comment.id)).toEqual([older, newer]);
    expect(mine[0]).toMatchObject({
      autoHidden: false,
      reports: [{ reason: 'Pierwsze zgłoszenie' }],
    });
    const times = items.map((i) => i.waitingSince);
    expect(times).toEqual([...times].sort());
    expect((await queue(reporters[0])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await queue({})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('hiding carries a reason the author sees, resolves the reports, and is audited', async () => {
    const id = await newComment();
    await act('reportComment', id, 'Dane osobowe', reporters[0] ?? {});
    const { result } = await act('hideComment', id, 'Zawiera dane osobowe', moderator);
    expect(result).toMatchObject({ status: 'HIDDEN', hiddenReason: 'Zawiera dane osobowe' });
    expect(await openReports(id)).toBe(0);
    const seen = await request<{ comment: Shown }>(
      'query ($id: ID!) { comment(id: $id) { id status body hiddenReason } }',
      { id },
      author.headers,
    );
    expect(seen.body.data?.comment.hiddenReason).toBe('Zawiera dane osobowe');
    const [event] = await audits(id);
    expect(event).toMatchObject({
      action: 'comment.hide',
      before: { status: 'VISIBLE', hiddenReason: null },
      after: { status: 'HIDDEN', hiddenReason: 'Zawiera dane osobowe', resolvedReports: 1 },
    });
    expect((await queue()).items.some((i) => i.comment.id === id)).toBe(false);
  });

  test('restoring shows the comment again, resolves its reports, and is audited', async () => {
    const id = await newComment();
    for (const [i, reporter] of reporters.slice(0, 3).entries()) {
      await act('reportComment', id, `Zgłoszenie ${i}`, reporter);
    }
    const { result } = await act('restoreComment', id, 'Krytyka, nie obraza', moderator);
    expect(result).toMatchObject({ status: 'VISIBLE', hiddenReason: null });
    expect(await openReports(id)).toBe(0);
    const restore = (await audits(id)).find((a) => a.action === 'comment.restore');
    expect(restore).toMatchObject({
      before: { status: 'HIDDEN', hiddenReason: 'Hidden after 3 reports, pending review' },
      after: { status: 'VISIBLE', reason: 'Krytyka, nie obraza', resolvedReports: 3 },
    });
    // Earlier reports were reviewed: a new one alone does not hide it again.
    expect((await act('reportComment', id, 'Znowu', reporters[3] ?? {})).result?.status).toBe(
      'VISIBLE',
    );
  });

  test('a visible comment is not restored: its reports are dismissed instead', async () => {
    const id = await newComment();
    await act('reportComment', id, 'Nieprawda', reporters[0] ?? {});
    const refused = await act('restoreComment', id, 'Krytyka, nie obraza', moderator);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COMMENT_NOT_HIDDEN',
      field: 'id',
      params: { status: 'VISIBLE' },
    });
    expect(await openReports(id)).toBe(1);
    const { result } = await act('dismissCommentReports', id, 'Zgłoszenie bezzasadne', moderator);
    expect(result).toMatchObject({ status: 'VISIBLE' });
    expect(await openReports(id)).toBe(0);
    expect((await audits(id)).map((a) => [a.action, a.after])).toEqual([
      [
        'comment.dismissReports',
        expect.objectContaining({ reason: 'Zgłoszenie bezzasadne', resolvedReports: 1 }),
      ],
    ]);
    const again = await act('dismissCommentReports', id, 'Jeszcze raz', moderator);
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'COMMENT_NOT_REPORTED' });
    expect(await audits(id)).toHaveLength(1);
  });

  test('a hidden comment is restored, not dismissed', async () => {
    const id = await remark(db, { consultationId, authorId: author.id, status: 'HIDDEN' });
    const refused = await act('dismissCommentReports', id, 'Bezzasadne', moderator);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      reason: 'COMMENT_NOT_VISIBLE',
      field: 'id',
      params: { status: 'HIDDEN' },
    });
    expect(await audits(id)).toEqual([]);
  });

  test.each([
    ['', 'INPUT_REQUIRED'],
    ['ok', 'INPUT_TOO_SHORT'],
    ['x'.repeat(1001), 'INPUT_TOO_LONG'],
  ])('a moderator’s reason is required and bounded: %#', async (reason, code) => {
    const id = await remark(db, { consultationId, authorId: author.id, status: 'HIDDEN' });
    for (const mutation of ['hideComment', 'restoreComment', 'dismissCommentReports']) {
      const { errors } = await act(mutation, id, reason, moderator);
      expect(errors?.[0]?.extensions).toMatchObject({ reason: code, field: 'reason' });
    }
    expect(await audits(id)).toEqual([]);
  });

  test('a withdrawn comment is not moderated; an unknown one is NOT_FOUND', async () => {
    const id = await remark(db, { consultationId, authorId: author.id, status: 'WITHDRAWN' });
    const withdrawn = await act('hideComment', id, 'Spam reklamowy', moderator);
    expect(withdrawn.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COMMENT_WITHDRAWN',
      field: 'id',
    });
    expect(await audits(id)).toEqual([]);
    const unknown = await act('restoreComment', 'nope', 'Bez powodu', moderator);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});
