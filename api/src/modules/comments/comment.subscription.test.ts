import { createClient } from 'graphql-ws';
import { afterAll, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { signedInUser } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { topics } from '../../realtime/topics.js';

const { db, services, server, request } = useTestServer();
const clients: ReturnType<typeof createClient>[] = [];
afterAll(async () => {
  for (const client of clients) await client.dispose();
});

const subscription =
  'subscription ($id: ID!) { commentAdded(consultationId: $id) { id body stance } }';

/** Subscribes over the socket; resolves once the server has acknowledged the subscription. */
async function subscribe(consultationId: string, authorization?: string) {
  const received: { id: string; body: string | null }[] = [];
  const client = createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
  });
  clients.push(client);
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => setTimeout(resolve, 100));
    client.subscribe<{ commentAdded: { id: string; body: string | null } }>(
      { query: subscription, variables: { id: consultationId } },
      {
        next: ({ data }) => data && received.push(data.commentAdded),
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

describe('commentAdded', () => {
  test("an open map sees a new comment live, and only its own consultation's", async () => {
    const here = await createConsultation(db, { district: 'mokotow' });
    const elsewhere = await createConsultation(db, { district: 'mokotow' });
    const live = await subscribe(here.id);
    const resident = await signedInUser(db, services, 'resident');
    const add = 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }';
    const point = { type: 'Point', coordinates: [21.0064, 52.2101] };
    await request(
      add,
      {
        input: {
          consultationId: elsewhere.id,
          body: 'Gdzie indziej',
          stance: 'QUESTION',
          geometry: point,
        },
      },
      resident.headers,
    );
    const { body } = await request<{ addComment: { id: string } }>(
      add,
      {
        input: {
          consultationId: here.id,
          body: 'Więcej drzew!',
          stance: 'PROPOSAL',
          geometry: point,
        },
      },
      resident.headers,
    );
    await until(() => live.length > 0);
    expect(live).toEqual([
      { id: body.data?.addComment.id, body: 'Więcej drzew!', stance: 'PROPOSAL' },
    ]);
  });

  test('a comment that is not visible reaches its overseers, not the public', async () => {
    const { id, unitId } = await createConsultation(db, { district: 'mokotow' });
    const planner = await signedInUser(db, services, 'planner', {
      roles: [{ role: 'PLANNER', unitId }],
    });
    const publicView = await subscribe(id);
    const plannerView = await subscribe(id, planner.headers.authorization);
    const author = await signedInUser(db, services, 'author');
    services.pubSub.publish(topics.commentAdded, {
      id: '00000000-0000-0000-0000-0000000000aa',
      consultationId: id,
      unitId,
      authorId: author.user.id,
      parentId: null,
      body: 'Ukryta',
      geometry: null,
      zoneId: null,
      stance: 'OBJECTION',
      topicId: null,
      status: 'HIDDEN',
      hiddenReason: 'test',
      createdAt: new Date(),
      editedAt: null,
      formalRemark: false,
      formalName: null,
      formalAddress: null,
      propertyRight: null,
      parcels: null,
    });
    await until(() => plannerView.length > 0);
    expect(plannerView.map((c) => c.body)).toEqual(['Ukryta']);
    expect(publicView).toEqual([]);
  });
});
