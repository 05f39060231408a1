import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { plannerOf, type SignedIn, signedInUser } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { createBudgetEdition } from '../budget/budget.scenario.js';
import { replacePhases } from '../budget/editions/edition.sql.js';

const { db, services, server, request } = useTestServer();
const clients: ReturnType<typeof createClient>[] = [];
afterAll(async () => {
  for (const client of clients) await client.dispose();
});

let projectId = '';
let author: SignedIn;
let neighbour: SignedIn;
let moderator: SignedIn;
beforeAll(async () => {
  const edition = await createBudgetEdition(db, { phase: 'VOTING' });
  projectId = edition.mokotow.projects[0] ?? '';
  author = await signedInUser(db, services, 'author');
  neighbour = await signedInUser(db, services, 'neighbour');
  moderator = await signedInUser(db, services, 'moderator', { roles: [{ role: 'MODERATOR' }] });
});

type Refusal = { extensions?: { reason?: string; field?: string } };
const reasonOf = (errors: Refusal[] | undefined) => errors?.[0]?.extensions?.reason;

async function comment(body: string, on = projectId, who = author) {
  const { body: res } = await request<{ addProjectComment: { id: string } }>(
    'mutation ($on: ID!, $body: String!) { addProjectComment(projectId: $on, body: $body) { id } }',
    { on, body },
    who.headers,
  );
  return { id: res.data?.addProjectComment.id ?? '', errors: res.errors };
}

async function reply(commentId: string, body: string, who: SignedIn) {
  const { body: res } = await request<{ replyToComment: { id: string } }>(
    'mutation ($id: ID!, $body: String!) { replyToComment(commentId: $id, body: $body) { id } }',
    { id: commentId, body },
    who.headers,
  );
  return res.data?.replyToComment.id ?? '';
}

type Listed = {
  totalCount: number;
  edges: {
    node: {
      body: string | null;
      consultation: null;
      project: { id: string };
      supportCount: number;
      replies: { body: string }[];
    };
  }[];
};

async function listed(headers: Record<string, string> = {}) {
  const { body } = await request<{ project: { comments: Listed } }>(
    `query ($id: ID!) { project(id: $id) { comments(first: 10) { totalCount edges { node {
       body consultation { id } project { id } supportCount replies { body } } } } } }`,
    { id: projectId },
    headers,
  );
  return body.data?.project.comments;
}

describe('comments on a budget project', () => {
  test('a resident comments, another replies and supports; the project lists them', async () => {
    const { id } = await comment('Przyda się ławka w cieniu.');
    await reply(id, 'Popieram, i kosz na śmieci.', neighbour);
    await request(
      'mutation ($id: ID!) { supportComment(id: $id) { id } }',
      { id },
      neighbour.headers,
    );
    const page = await listed();
    const mine = page?.edges.find((e) => e.node.body === 'Przyda się ławka w cieniu.')?.node;
    expect(mine).toEqual({
      body: 'Przyda się ławka w cieniu.',
      consultation: null,
      project: { id: projectId },
      supportCount: 1,
      replies: [{ body: 'Popieram, i kosz na śmieci.' }],
    });
    expect(page?.totalCount).toBe(page?.edges.length);
  });

  test('its author edits the text; a place, stance or topic is refused', async () => {
    const { id } = await comment('Pierwsza wersja');
    const edit = `mutation ($id: ID!, $input: EditCommentInput!) {
      editComment(id: $id, input: $input) { body versions { body } } }`;
    const { body: edited } = await request<{ editComment: { body: string } }>(
      edit,
      { id, input: { body: 'Druga wersja' } },
      author.headers,
    );
    expect(edited.data?.editComment).toEqual({
      body: 'Druga wersja',
      versions: [{ body: 'Pierwsza wersja' }],
    });
    const { body: placed } = await request(
      edit,
      { id, input: { stance: 'SUPPORT' } },
      author.headers,
    );
    expect(placed.errors?.[0]?.extensions).toMatchObject({
      reason: 'COMMENT_PROJECT_BODY_ONLY',
      field: 'input.stance',
    });
  });

  test('a draft is not found and an archived edition takes no comments', async () => {
    const drafts = await createBudgetEdition(db, { phase: 'SUBMISSION' });
    const draft = drafts.mokotow.projects[0] ?? '';
    await db.pool.query(`UPDATE budget_project SET status = 'DRAFT' WHERE id = $1`, [draft]);
    expect(reasonOf((await comment('Na szkic', draft)).errors)).toBe('NOT_FOUND');

    const archived = await createBudgetEdition(db);
    const day = 86_400_000;
    await replacePhases(db.pool, archived.editionId, [
      {
        phase: 'IMPLEMENTATION',
        startsAt: new Date(Date.now() - 2 * day),
        endsAt: new Date(Date.now() - day),
      },
    ]);
    const closed = await comment('Za późno', archived.mokotow.projects[0]);
    expect(closed.errors?.[0]?.extensions).toMatchObject({
      reason: 'COMMENT_PROJECT_CLOSED',
      field: 'projectId',
    });
    const { rows } = await db.pool.query('SELECT 1 FROM comment WHERE body = $1', ['Za późno']);
    expect(rows).toEqual([]);
  });

  test('the database holds a comment to exactly one subject, and a project one to text', async () => {
    const consultation = await createConsultation(db, { district: 'mokotow' });
    const insert = (consultationId: string | null, stance: string | null) =>
      db.pool.query(
        `INSERT INTO comment (consultation_id, project_id, author_id, body, stance)
         VALUES ($1, $2, $3, 'x', $4::comment_stance)`,
        [consultationId, projectId, author.user.id, stance],
      );
    await expect(insert(consultation.id, null)).rejects.toMatchObject({
      constraint: 'comment_one_subject',
    });
    await expect(insert(null, 'SUPPORT')).rejects.toMatchObject({
      constraint: 'comment_project_text_only',
    });
    const neither = db.pool.query(`INSERT INTO comment (author_id, body) VALUES ($1, 'x')`, [
      author.user.id,
    ]);
    await expect(neither).rejects.toMatchObject({ constraint: 'comment_one_subject' });
  });

  test('the moderation queue shows a reported project comment with its project', async () => {
    const { id } = await comment('Wpis do zgłoszenia');
    await request(
      'mutation ($id: ID!) { reportComment(id: $id, reason: "Obraźliwy wpis") { id } }',
      { id },
      neighbour.headers,
    );
    const { body } = await request<{
      moderationQueue: { edges: { node: { comment: { id: string; project: unknown } } }[] };
    }>(
      `{ moderationQueue(first: 100, order: NEWEST) { edges { node { comment { id project { id title } } } } } }`,
      {},
      moderator.headers,
    );
    const item = body.data?.moderationQueue.edges.find((e) => e.node.comment.id === id);
    expect(item?.node.comment.project).toEqual({ id: projectId, title: expect.any(String) });
    // A moderator may look at project comments alone, or at remarks alone.
    const bySubject = async (subject: string) => {
      const { body } = await request<{
        moderationQueue: { edges: { node: { comment: { id: string } } }[] };
      }>(
        'query ($s: CommentSubject) { moderationQueue(first: 100, order: NEWEST, filter: { subject: $s }) { edges { node { comment { id } } } } }',
        { s: subject },
        moderator.headers,
      );
      return body.data?.moderationQueue.edges.map((e) => e.node.comment.id) ?? [];
    };
    expect(await bySubject('BUDGET_PROJECT')).toContain(id);
    expect(await bySubject('CONSULTATION')).not.toContain(id);

    await request(
      'mutation ($id: ID!) { hideComment(id: $id, reason: "Obraźliwy wpis") { id } }',
      { id },
      moderator.headers,
    );
    const bodies = (await listed())?.edges.map((e) => e.node.body);
    expect(bodies).not.toContain('Wpis do zgłoszenia');
    const planner = await plannerOf(db, services, 'urzad-dzielnicy-mokotow', 'planner');
    const { body: seen } = await request<{ comment: { body: string; reportCount: number } }>(
      'query ($id: ID!) { comment(id: $id) { body reportCount } }',
      { id },
      planner.headers,
    );
    expect(seen.data?.comment).toEqual({ body: 'Wpis do zgłoszenia', reportCount: 0 });
  });
});

/** Subscribes over the socket; resolves once the server has acknowledged the subscription. */
async function watch(query: string, authorization?: string) {
  const received: { id: string; body: string | null; status: string }[] = [];
  const client = createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
  });
  clients.push(client);
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => setTimeout(resolve, 100));
    client.subscribe<Record<string, { id: string; body: string | null; status: string }>>(
      { query, variables: { id: projectId } },
      {
        next: ({ data }) => {
          for (const pushed of Object.values(data ?? {})) received.push(pushed);
        },
        error: reject,
        complete: () => {},
      },
    );
  });
  return received;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
};

describe('live comments on a project', () => {
  test("a watcher gets a reply live, only its project's, and a hidden one without its text", async () => {
    const added = await watch(
      'subscription ($id: ID!) { projectCommentAdded(projectId: $id) { id body status } }',
    );
    const updated = await watch(
      'subscription ($id: ID!) { projectCommentUpdated(projectId: $id) { id body status } }',
    );
    const other = await createBudgetEdition(db);
    await comment('Gdzie indziej', other.mokotow.projects[0]);
    const { id } = await comment('Czy będzie oświetlenie?');
    const answer = await reply(id, 'Tak, w kosztorysie są latarnie.', neighbour);
    await until(() => added.length >= 2);
    expect(added.map((c) => c.body)).toEqual([
      'Czy będzie oświetlenie?',
      'Tak, w kosztorysie są latarnie.',
    ]);
    await request(
      'mutation ($id: ID!) { hideComment(id: $id, reason: "Poza tematem") { id } }',
      { id: answer },
      moderator.headers,
    );
    await until(() => updated.length > 0);
    expect(updated).toEqual([{ id: answer, body: null, status: 'HIDDEN' }]);
  });
});
