import { beforeAll, describe, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { insideMokotow, point } from './comments.scenario.js';

const { db, services, request } = useTestServer();

type Headers = Record<string, string>;
type Mine = { id: string; body: string; status: string; consultation: { id: string } };

const myComments = (headers: Headers, first = 50) =>
  request<{ myComments: Mine[] }>(
    'query ($first: Int!) { myComments(first: $first) { id body status consultation { id } } }',
    { first },
    headers,
  );

async function add(headers: Headers, consultationId: string, body: string) {
  const { body: answer } = await request<{ addComment: { id: string } }>(
    'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
    { input: { consultationId, body, geometry: point(insideMokotow), stance: 'PROPOSAL' } },
    headers,
  );
  const id = answer.data?.addComment.id;
  if (!id) throw new Error(JSON.stringify(answer.errors));
  return id;
}

let consultationId: string;
let author: Headers;
let neighbour: Headers;

beforeAll(async () => {
  ({ id: consultationId } = await createConsultation(db, {}));
  author = (await signedInUser(db, services, 'Celina')).headers;
  neighbour = (await signedInUser(db, services, 'Darek')).headers;
});

describe('myComments', () => {
  test("lists only the viewer's comments, withdrawn ones too, newest first", async () => {
    const first = await add(author, consultationId, 'Ławki przy placu');
    const second = await add(author, consultationId, 'Więcej drzew');
    await add(neighbour, consultationId, 'Ścieżka rowerowa');
    await request('mutation ($id: ID!) { withdrawComment(id: $id) { id } }', { id: first }, author);

    const { body } = await myComments(author);
    expect(body.data?.myComments.map((c) => [c.id, c.status])).toEqual([
      [second, 'VISIBLE'],
      [first, 'WITHDRAWN'],
    ]);
    expect(body.data?.myComments[0]?.consultation.id).toBe(consultationId);
    const limited = await myComments(author, 1);
    expect(limited.body.data?.myComments.map((c) => c.id)).toEqual([second]);
  });

  test('needs a signed-in viewer and a sane page size', async () => {
    const visitor = await myComments({});
    expect(visitor.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const tooMany = await myComments(author, 0);
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});
