import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, expect, test } from 'vitest';
import WebSocket from 'ws';
import { type SignedIn, signedInUser } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { remark } from './comments.scenario.js';

const { db, services, server, request } = useTestServer();
const clients: ReturnType<typeof createClient>[] = [];
afterAll(async () => {
  for (const client of clients) await client.dispose();
});

type Pushed = {
  id: string;
  status: string;
  body: string | null;
  geometry: unknown;
  response: { decision: string } | null;
};

const subscription = `subscription ($id: ID!) { commentUpdated(consultationId: $id) {
  id status body geometry response { decision } } }`;

/** Subscribes over the socket; resolves once the server has acknowledged the subscription. */
async function watch(consultationId: string, authorization?: string) {
  const received: Pushed[] = [];
  const client = createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
  });
  clients.push(client);
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => setTimeout(resolve, 100));
    client.subscribe<{ commentUpdated: Pushed }>(
      { query: subscription, variables: { id: consultationId } },
      {
        next: ({ data }) => data && received.push(data.commentUpdated),
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

let consultationId: string;
let author: SignedIn;
let planner: SignedIn;
let moderator: SignedIn;

beforeAll(async () => {
  const consultation = await createConsultation(db, { district: 'mokotow' });
  consultationId = consultation.id;
  author = await signedInUser(db, services, 'author');
  planner = await signedInUser(db, services, 'planner', {
    roles: [{ role: 'PLANNER', unitId: consultation.unitId }],
  });
  moderator = await signedInUser(db, services, 'mod', { roles: [{ role: 'MODERATOR' }] });
});

const mutate = async (query: string, variables: Record<string, unknown>, headers: SignedIn) => {
  const { body } = await request(query, variables, headers.headers);
  expect(body.errors).toBeUndefined();
};

test('an edit reaches other viewers of the consultation live, and only of that one', async () => {
  const elsewhere = await createConsultation(db, { district: 'mokotow' });
  const other = await remark(db, { consultationId: elsewhere.id, authorId: author.user.id });
  const id = await remark(db, { consultationId, authorId: author.user.id });
  const live = await watch(consultationId);
  const edit =
    'mutation ($id: ID!, $body: String!) { editComment(id: $id, input: { body: $body }) { id } }';
  await mutate(edit, { id: other, body: 'Gdzie indziej' }, author);
  await mutate(edit, { id, body: 'Poprawiona treść' }, author);
  await until(() => live.length > 0);
  expect(live).toEqual([
    {
      id,
      status: 'VISIBLE',
      body: 'Poprawiona treść',
      geometry: expect.anything(),
      response: null,
    },
  ]);
});

test('hiding reaches everyone, its content only those who may see it; restoring too', async () => {
  const id = await remark(db, { consultationId, authorId: author.user.id, body: 'Sporna' });
  const [publicView, plannerView] = [
    await watch(consultationId),
    await watch(consultationId, planner.headers.authorization),
  ];
  const act = 'mutation ($id: ID!, $r: String!) { hideComment(id: $id, reason: $r) { id } }';
  await mutate(act, { id, r: 'Obraźliwy wpis' }, moderator);
  await until(() => publicView.length > 0 && plannerView.length > 0);
  expect(publicView).toEqual([
    { id, status: 'HIDDEN', body: null, geometry: null, response: null },
  ]);
  expect(plannerView).toMatchObject([{ id, status: 'HIDDEN', body: 'Sporna' }]);
  const restore = 'mutation ($id: ID!, $r: String!) { restoreComment(id: $id, reason: $r) { id } }';
  await mutate(restore, { id, r: 'Krytyka, nie obraza' }, moderator);
  await until(() => publicView.length > 1);
  expect(publicView[1]).toMatchObject({ id, status: 'VISIBLE', body: 'Sporna' });
});

test('an official response and a withdrawal reach viewers live', async () => {
  const id = await remark(db, { consultationId, authorId: author.user.id });
  const live = await watch(consultationId);
  await mutate(
    `mutation ($id: ID!) { respondToComment(commentId: $id, decision: ACCEPTED,
       justification: "Uwzględniamy") { commentId } }`,
    { id },
    planner,
  );
  await until(() => live.length > 0);
  expect(live[0]).toMatchObject({ id, response: { decision: 'ACCEPTED' } });
  await mutate('mutation ($id: ID!) { withdrawComment(id: $id) { id } }', { id }, author);
  await until(() => live.length > 1);
  expect(live[1]).toMatchObject({ id, status: 'WITHDRAWN', body: null });
});
