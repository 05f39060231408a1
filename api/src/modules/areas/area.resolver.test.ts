import { describe, expect, test } from 'vitest';
import { useTestServer } from '../../../test/server.js';

const { gql, request } = useTestServer();

const areaAt = (coordinates: unknown) =>
  gql<{ areaAt: { name: string } | null }>(
    'query ($point: GeoJSON!) { areaAt(point: $point) { name } }',
    { point: { type: 'Point', coordinates } },
  );

function square(size: number): number[][] {
  const ring = [];
  for (let i = 0; i < size; i++) ring.push([21 + (0.01 * i) / size, 52.2]);
  ring.push([21.01, 52.21], [21, 52.21], [21, 52.2]);
  return ring;
}

describe('areas', () => {
  test('lists Warsaw and its 18 districts', async () => {
    const { data } = await gql<{
      areas: { kind: string; name: string; slug: string; terytCode: string }[];
    }>('{ areas { kind name slug terytCode } }');
    expect(data?.areas.filter((a) => a.kind === 'CITY').map((a) => a.name)).toEqual(['Warszawa']);
    const districts = data?.areas.filter((a) => a.kind === 'DISTRICT') ?? [];
    expect(districts).toHaveLength(18);
    expect(districts).toContainEqual({
      kind: 'DISTRICT',
      name: 'Praga-Południe',
      slug: 'praga-poludnie',
      terytCode: '1465078',
    });
  });

  test('filters by kind and returns geometry as GeoJSON, lighter when simplified', async () => {
    const { data } = await gql<{
      areas: {
        geometry: { type: string; coordinates: number[][][][] };
        light: { coordinates: number[][][][] };
      }[];
    }>('{ areas(kind: DISTRICT) { geometry light: geometry(simplify: 0.002) } }');
    expect(data?.areas).toHaveLength(18);
    for (const area of data?.areas ?? []) {
      expect(area.geometry.type).toBe('MultiPolygon');
      expect(area.light.coordinates.flat(2).length).toBeLessThan(
        area.geometry.coordinates.flat(2).length,
      );
    }
  });

  test('finds one area by slug or id', async () => {
    const bySlug = await gql<{ area: { id: string; name: string } }>(
      '{ area(slug: "mokotow") { id name } }',
    );
    expect(bySlug.data?.area.name).toBe('Mokotów');
    const byId = await gql<{ area: { slug: string } }>(
      'query ($id: ID!) { area(id: $id) { slug } }',
      {
        id: bySlug.data?.area.id,
      },
    );
    expect(byId.data?.area.slug).toBe('mokotow');
  });

  test.each([
    ['{ area(slug: "atlantis") { name } }', 'slug'],
    ['{ area(id: "00000000-0000-0000-0000-000000000000") { name } }', 'id'],
    ['{ area(id: "not-a-uuid") { name } }', 'id'],
  ])('an unknown area is NOT_FOUND: %s', async (query, field) => {
    const { errors } = await gql(query);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field });
  });

  test('asks for exactly one of id and slug', async () => {
    const { errors } = await gql('{ area { name } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions).toMatchObject({ reason: 'AREA_ID_OR_SLUG' });
  });

  test('areaAt answers the district containing a point, and null outside the city', async () => {
    expect((await areaAt([21.0122, 52.2297])).data?.areaAt?.name).toBe('Śródmieście');
    expect((await areaAt([21.0064, 52.2101])).data?.areaAt?.name).toBe('Mokotów');
    expect((await areaAt([21.5, 52.2])).data).toEqual({ areaAt: null });
  });

  test('areas(intersecting) finds the districts a line crosses', async () => {
    const { data } = await gql<{ areas: { name: string }[] }>(
      'query ($g: GeoJSON) { areas(kind: DISTRICT, intersecting: $g) { name } }',
      {
        g: {
          type: 'LineString',
          coordinates: [
            [21.0122, 52.2297],
            [21.0064, 52.2101],
          ],
        },
      },
    );
    expect(data?.areas.map((a) => a.name)).toEqual(['Mokotów', 'Ochota', 'Śródmieście']);
  });
});

describe('bad geometry input gets a coded error naming the field', () => {
  const intersecting = (g: unknown) =>
    gql('query ($g: GeoJSON) { areas(intersecting: $g) { name } }', { g });

  test.each([
    ['malformed GeoJSON', { type: 'Polygon', coords: [] }, 'GEOMETRY_MALFORMED'],
    ['a latitude out of range', { type: 'Point', coordinates: [21, 95] }, 'GEOMETRY_MALFORMED'],
    [
      'an unclosed ring',
      {
        type: 'Polygon',
        coordinates: [
          [
            [21, 52],
            [21.1, 52],
            [21.1, 52.1],
            [21, 52.1],
          ],
        ],
      },
      'GEOMETRY_MALFORMED',
    ],
    [
      'a bowtie',
      {
        type: 'Polygon',
        coordinates: [
          [
            [21, 52],
            [21.1, 52.1],
            [21.1, 52],
            [21, 52.1],
            [21, 52],
          ],
        ],
      },
      'GEOMETRY_INVALID',
    ],
    [
      'a forbidden type',
      { type: 'MultiPoint', coordinates: [[21, 52]] },
      'GEOMETRY_TYPE_NOT_ALLOWED',
    ],
    [
      'a polygon past the vertex limit',
      { type: 'Polygon', coordinates: [square(10_001)] },
      'GEOMETRY_TOO_MANY_VERTICES',
    ],
  ])('%s', async (_, g, reason) => {
    const { data, errors } = await intersecting(g);
    expect(data?.areas ?? null).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason,
      field: 'intersecting',
    });
  });

  test('a 1,000,000-vertex polygon is more than an anonymous request body may hold', async () => {
    const { res, body } = await request(
      'query ($g: GeoJSON) { areas(intersecting: $g) { name } }',
      {
        g: { type: 'Polygon', coordinates: [square(1_000_000)] },
      },
    );
    expect(res.status).toBe(413);
    expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'REQUEST_TOO_LARGE' });
  });

  test('the bowtie names PostGIS reason', async () => {
    const { errors } = await intersecting({
      type: 'Polygon',
      coordinates: [
        [
          [21, 52],
          [21.1, 52.1],
          [21.1, 52],
          [21, 52.1],
          [21, 52],
        ],
      ],
    });
    expect(errors?.[0]?.message).toMatch(/Self-intersection/);
  });

  test('a point out of range in areaAt names the point', async () => {
    const { errors } = await areaAt([181, 52]);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'point' });
  });

  test('a simplify tolerance out of range names it', async () => {
    const { errors } = await gql('{ areas { geometry(simplify: -1) } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'simplify' });
  });
});
