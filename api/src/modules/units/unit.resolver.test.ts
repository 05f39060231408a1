import { beforeAll, describe, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { useTestServer } from '../../../test/server.js';

const { db, services, request, gql } = useTestServer();
let admin: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  admin = await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] });
});
const create =
  'mutation ($i: UnitInput!) { createUnit(input: $i) { name slug kind area { name } } }';

describe('organisation units', () => {
  test("Warsaw's 18 district offices, each with its district, and its bureaus", async () => {
    const { data } = await gql<{ units: { slug: string; area: { name: string } | null }[] }>(
      '{ units(kind: DISTRICT_OFFICE) { slug area { name } } }',
    );
    // Other tests add district offices of their own to the run's database.
    const warsaw = data?.units.filter((u) => u.slug.startsWith('urzad-dzielnicy-'));
    expect(warsaw).toHaveLength(18);
    expect(data?.units.every((u) => u.area !== null)).toBe(true);
    expect(warsaw?.map((u) => u.area?.name)).toContain('Praga-Północ');
    const bureaus = await gql<{ units: unknown[] }>('{ units(kind: CITY_BUREAU) { name } }');
    expect(bureaus.data?.units.length).toBeGreaterThanOrEqual(3);
  });

  test('an admin creates a unit, audited', async () => {
    const area = await db.prisma.area.findUniqueOrThrow({ where: { slug: 'bemowo' } });
    const name = `Biuro Testowe ${Date.now()}`;
    const { body } = await request(
      create,
      { i: { kind: 'DISTRICT_OFFICE', name, areaId: area.id } },
      admin.headers,
    );
    expect(body.data).toMatchObject({
      createUnit: { name, kind: 'DISTRICT_OFFICE', area: { name: 'Bemowo' } },
    });
    expect(
      await db.prisma.auditEvent.count({
        where: { action: 'unit.create', after: { path: ['name'], equals: name } },
      }),
    ).toBe(1);
  });

  test.each([
    [
      'a district office with no district',
      { kind: 'DISTRICT_OFFICE', name: 'Urząd Bez Dzielnicy' },
      'BAD_USER_INPUT',
      'areaId',
      { reason: 'UNIT_DISTRICT_REQUIRED' },
    ],
    [
      'an unknown area',
      {
        kind: 'CITY_BUREAU',
        name: 'Biuro Nigdzie',
        areaId: '00000000-0000-0000-0000-000000000000',
      },
      'NOT_FOUND',
      'areaId',
      { reason: 'NOT_FOUND' },
    ],
    [
      'a name taken',
      { kind: 'CITY_BUREAU', name: 'Centrum Komunikacji Społecznej' },
      'CONFLICT',
      'name',
      { reason: 'UNIT_NAME_TAKEN' },
    ],
    [
      'a one-letter name',
      { kind: 'CITY_BUREAU', name: 'X' },
      'BAD_USER_INPUT',
      'name',
      { reason: 'INPUT_TOO_SHORT', params: { min: 2 } },
    ],
  ])('refuses %s, naming the field', async (_, input, code, field, refusal) => {
    const before = await db.prisma.organisationUnit.count();
    const { body } = await request(create, { i: input }, admin.headers);
    expect(body.errors?.[0]?.extensions).toEqual({ code, field, ...refusal });
    expect(await db.prisma.organisationUnit.count()).toBe(before);
  });
});
