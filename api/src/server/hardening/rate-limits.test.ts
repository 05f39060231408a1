import { describe, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { insideMokotow, point } from '../../modules/comments/comments.scenario.js';
import { signedUpResident } from '../../modules/identity/identity.scenario.js';

const direct = useTestServer({ PLAC_RATE_LIMIT_FACTOR: '1' });
const proxied = useTestServer({ PLAC_RATE_LIMIT_FACTOR: '1', TRUST_PROXY: 'loopback' });
const { db, services, request } = direct;

const addComment = 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }';

describe('every mutation and the expensive queries are rate-limited', () => {
  test('one account adds ten remarks a minute; the eleventh is refused and nothing is stored', async () => {
    const { id: consultationId } = await createConsultation(db);
    const { headers } = await signedInUser(db, services, 'Ala');
    const input = {
      consultationId,
      body: 'Uwaga',
      stance: 'QUESTION',
      geometry: point(insideMokotow),
    };
    for (let i = 0; i < 10; i++) {
      const { body } = await request(addComment, { input }, headers);
      expect(body.errors).toBeUndefined();
    }
    const { body } = await request(addComment, { input }, headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'RATE_LIMITED',
    });
    expect(Number(body.errors?.[0]?.extensions?.params?.seconds)).toBeGreaterThan(0);
    const { rowCount } = await db.pool.query('SELECT 1 FROM comment WHERE consultation_id = $1', [
      consultationId,
    ]);
    expect(rowCount).toBe(10);
  });

  test('an anonymous address asks for thirty feedback grids a minute', async () => {
    const { id } = await createConsultation(db);
    const grid = `{ feedbackByArea(consultationId: "${id}", by: GRID, cellMeters: 500) { key } }`;
    for (let i = 0; i < 30; i++) expect((await request(grid)).body.errors).toBeUndefined();
    const { body } = await request(grid);
    expect(body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  test('an address downloads ten exports a minute; the eleventh is 429 with when to retry', async () => {
    const { id } = await createConsultation(db);
    const download = () => fetch(`${direct.server.url}/consultations/${id}/comments.csv`);
    for (let i = 0; i < 10; i++) expect((await download()).status).toBe(200);
    const refused = await download();
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/try again in \d+ s/);
  });

  test('behind a trusted proxy each client has its own count; otherwise the header is ignored', async () => {
    const { id } = await createConsultation(db);
    const grid = `{ feedbackByArea(consultationId: "${id}", by: GRID, cellMeters: 500) { key } }`;
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const code = async (server: typeof proxied, address: string) =>
      (await server.request(grid, {}, from(address))).body.errors?.[0]?.extensions?.code;
    for (let i = 0; i < 30; i++) expect(await code(proxied, '203.0.113.7')).toBeUndefined();
    expect(await code(proxied, '203.0.113.7')).toBe('RATE_LIMITED');
    expect(await code(proxied, '198.51.100.2')).toBeUndefined();
    for (let i = 0; i < 30; i++) await code(direct, '203.0.113.7');
    expect(await code(direct, '198.51.100.2')).toBe('RATE_LIMITED');
  });

  test('five attempts per minute for one email, then a clear refusal', async () => {
    const { email } = await signedUpResident(request);
    const attempt = () =>
      direct.gql(
        'mutation ($e: String!) { signIn(email: $e, password: "wrong password!") { id } }',
        {
          e: email,
        },
      );
    for (let i = 0; i < 5; i++)
      expect((await attempt()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const limited = await attempt();
    expect(limited.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'RATE_LIMITED',
      field: 'email',
      params: { seconds: expect.any(Number) },
    });
    expect(limited.errors?.[0]?.message).toMatch(/try again in \d+ s/);
  });
});
