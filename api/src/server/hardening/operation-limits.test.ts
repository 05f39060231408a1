import { describe, expect, test } from 'vitest';
import { useTestServer } from '../../../test/server.js';

const { gql, request } = useTestServer();

/** `plan { zones { plan { zones … } } }`, `levels` fields deep. */
function cyclicPlanQuery(levels: number) {
  let selection = '{ id }';
  for (let level = levels; level > 1; level--) {
    selection = level % 2 === 0 ? `{ zones ${selection} }` : `{ plan ${selection} }`;
  }
  return `{ plan(id: "00000000-0000-0000-0000-000000000000") ${selection} }`;
}

const probe = async () => (await gql('{ areas(kind: CITY) { name } }')).data;

describe('operations refused for their shape, with the limit named', () => {
  test('the cyclic plan ↔ zones path six levels deep is refused before it runs', async () => {
    const { body } = await request(cyclicPlanQuery(6));
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COSTLY',
      params: { max: 50_000 },
    });
    expect(await probe()).toEqual({ areas: [{ name: 'Warszawa' }] });
  });

  test('a plain plan with its zones is well within the cost limit', async () => {
    const { body } = await request(cyclicPlanQuery(3));
    expect(body.errors?.[0]?.extensions?.reason).toBe('NOT_FOUND');
  });

  test('nesting past the depth limit is refused', async () => {
    const deep = `{ ${'consultations { edges { node { '.repeat(5)}id${' } } }'.repeat(5)} }`;
    const { body } = await request(deep);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      reason: 'QUERY_TOO_DEEP',
      params: { max: 12 },
    });
  });

  test('10,000 aliases of areaAt are refused at the token limit', async () => {
    const point = '{ type: "Point", coordinates: [21.01, 52.23] }';
    const aliases = Array.from(
      { length: 10_000 },
      (_, i) => `a${i}: areaAt(point: ${point}) { id }`,
    );
    const { res, body } = await request(`{ ${aliases.join(' ')} }`);
    expect(res.status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'QUERY_TOO_MANY_TOKENS' });
    expect(await probe()).toBeTruthy();
  });

  test('2,000 short aliases are refused at the token limit, before validation', async () => {
    const aliases = Array.from({ length: 2000 }, (_, i) => `a${i}: areaAt(point: $p) { id }`);
    const { res, body } = await request(`query ($p: GeoJSON!) { ${aliases.join(' ')} }`, {
      p: { type: 'Point', coordinates: [21.01, 52.23] },
    });
    expect(res.status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      reason: 'QUERY_TOO_MANY_TOKENS',
      params: { max: 5000 },
    });
    expect(await probe()).toBeTruthy();
  });

  test('more aliases than allowed in a short document are refused by the alias limit', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: areas(kind: CITY) { id }`);
    const { body } = await request(`{ ${aliases.join(' ')} }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      reason: 'QUERY_TOO_MANY_ALIASES',
      params: { max: 30 },
    });
  });

  test('directives past the limit are refused', async () => {
    const many = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');
    const { body } = await request(`{ areas(kind: CITY) ${many} { id } }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      reason: 'QUERY_TOO_MANY_DIRECTIVES',
      params: { max: 20 },
    });
  });

  test('a page size multiplies the cost of what it nests', async () => {
    const page = (first: number) =>
      `{ consultations(first: ${first}) { edges { node { plans { zones { plan { zones { id } } } } } } } }`;
    const { body } = await request(page(100));
    expect(body.errors?.[0]?.extensions?.reason).toBe('QUERY_TOO_COSTLY');
  });

  test('a body larger than an anonymous request may send is refused, naming the limit', async () => {
    const text = 'x'.repeat(10 * 1024 * 1024);
    const { res, body } = await request(
      'query ($text: String) { consultations(filter: { text: $text }) { totalCount } }',
      { text },
    );
    expect(res.status).toBe(413);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      reason: 'REQUEST_TOO_LARGE',
      params: { maxBytes: 1024 * 1024 },
    });
    expect(await probe()).toBeTruthy();
  });
});
