import { expect, test } from 'vitest';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';

const { db, request, gql, server } = useTestServer({ PLAC_MAX_CONCURRENT_PER_ADDRESS: '4' });
// Requests at once unlimited: only the expensive queries' own limit applies.
const unlimited = useTestServer();

test('an address sending many requests at once gets 429 for those past the limit, then is served', async () => {
  const query = '{ consultations(first: 50) { edges { node { id title area } } } }';
  const answers = await Promise.all(Array.from({ length: 30 }, () => request(query)));
  const refused = answers.filter(({ res }) => res.status === 429);
  expect(refused.length).toBeGreaterThan(0);
  expect(refused[0]?.body.errors?.[0]?.extensions).toMatchObject({
    code: 'RATE_LIMITED',
    reason: 'REQUESTS_TOO_MANY_AT_ONCE',
    params: { max: 4 },
  });
  expect(answers.filter(({ res }) => res.status === 200).length).toBeGreaterThanOrEqual(4);
  expect((await gql('{ areas(kind: CITY) { name } }')).data).toEqual({
    areas: [{ name: 'Warszawa' }],
  });
});

test('an address runs at most two feedback grids at once; the others are refused at once', async () => {
  const { id } = await createConsultation(db);
  const grid = `{ feedbackByArea(consultationId: "${id}", by: GRID, cellMeters: 100) { key } }`;
  const answers = await Promise.all(Array.from({ length: 8 }, () => unlimited.gql(grid)));
  const reasons = answers.map((a) => a.errors?.[0]?.extensions?.reason ?? 'answered');
  expect(reasons).toContain('answered');
  expect(reasons).toContain('REQUESTS_TOO_MANY_AT_ONCE');
});

test('tiles share the limit: many at once from one address are partly refused with 429', async () => {
  const tile = `${server.url}/tiles/areas/10/572/335.mvt?kind=DISTRICT`;
  const answers = await Promise.all(Array.from({ length: 30 }, () => fetch(tile)));
  const statuses = answers.map((res) => res.status);
  expect(statuses).toContain(429);
  expect(statuses).toContain(200);
});
