import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { type SignedIn, signedInUser } from '../../../test/personas.js';
import { createUser, unitBySlug } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { buildPlacSchema } from '../../schema/build-schema.js';
import { accountAged, verificationOf, verifyMutation } from './identity.scenario.js';

const { db, services, request } = useTestServer();
let admin: SignedIn;
let planner: SignedIn;
let bureauPlanner: SignedIn;
let mokotow: { id: string };
// Names unique to this run, so that searches find only what these tests made.
const tag = randomUUID().slice(0, 6);

beforeAll(async () => {
  mokotow = await unitBySlug(db, 'urzad-dzielnicy-mokotow');
  const bureau = await unitBySlug(db, 'zarzad-zieleni-m-st-warszawy');
  admin = await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] });
  planner = await signedInUser(db, services, 'planner', {
    roles: [{ role: 'PLANNER', unitId: mokotow.id }],
  });
  bureauPlanner = await signedInUser(db, services, 'bureau', {
    roles: [{ role: 'PLANNER', unitId: bureau.id }],
  });
});

const find = `query ($s: String!, $first: Int, $after: String) {
  people(search: $s, first: $first, after: $after) {
    edges { node { id email displayName verified accountAgeDays birthYear
      roles { role } verification { document unit { slug } } verificationRequest { id } } }
    pageInfo { hasNextPage endCursor } } }`;
type Found = {
  people: {
    edges: { node: Record<string, unknown> & { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const search = async (s: string, headers: Record<string, string>, first = 20) =>
  (await request<Found>(find, { s, first }, headers)).body;
const ids = (body: { data?: Found | null }) => body.data?.people.edges.map((e) => e.node.id) ?? [];

describe('finding an account', () => {
  test('by the start of the e-mail, case ignored, with roles, verification and age', async () => {
    const resident = await createUser(db, `Found-${tag}`);
    await request(verifyMutation, verificationOf(resident.id, mokotow.id), admin.headers);
    const prefix = (resident.email ?? '').slice(0, 12).toUpperCase();
    const body = await search(prefix, admin.headers);
    expect(body.data?.people.edges).toEqual([
      {
        node: {
          id: resident.id,
          email: resident.email,
          displayName: `Found-${tag}`,
          verified: true,
          accountAgeDays: 0,
          birthYear: 1990,
          roles: [],
          verification: { document: 'ID_CARD', unit: { slug: 'urzad-dzielnicy-mokotow' } },
          verificationRequest: null,
        },
      },
    ]);
    // An e-mail matches from its start only.
    expect(ids(await search((resident.email ?? '').slice(3, 15), admin.headers))).toEqual([]);
  });

  test('by any part of the name, accents and case ignored', async () => {
    const zolc = await createUser(db, `Żółć Gęślą ${tag}`);
    expect(ids(await search(`zolc gesla ${tag}`, planner.headers))).toEqual([zolc.id]);
    expect(ids(await search(`ĘŚLĄ ${tag}`, planner.headers))).toEqual([zolc.id]);
  });

  test("LIKE's wildcards are taken literally", async () => {
    await createUser(db, `Percent-${tag}`);
    expect(ids(await search('%%%', admin.headers))).toEqual([]);
    expect(ids(await search('___', admin.headers))).toEqual([]);
  });

  test('pages newest first, deleted accounts left out', async () => {
    const made = [];
    for (const n of [1, 2, 3]) {
      const user = await createUser(db, `Paged ${tag} ${n}`);
      await accountAged(db, user.id, 3 - n);
      made.push(user);
    }
    const gone = await createUser(db, `Paged ${tag} gone`);
    await db.prisma.user.update({
      where: { id: gone.id },
      data: { email: null, passwordHash: null, displayName: null, deletedAt: new Date() },
    });
    const first = await search(`paged ${tag}`, admin.headers, 2);
    expect(ids(first)).toEqual([made[2]?.id, made[1]?.id]);
    expect(first.data?.people.pageInfo.hasNextPage).toBe(true);
    const next = await request<Found>(
      find,
      { s: `paged ${tag}`, first: 2, after: first.data?.people.pageInfo.endCursor },
      admin.headers,
    );
    expect(ids(next.body)).toEqual([made[0]?.id]);
  });

  test("a planner sees a role holder's name and e-mail, nothing more; an admin sees all", async () => {
    const moderator = await createUser(db, `Staff ${tag}`, { roles: [{ role: 'MODERATOR' }] });
    const [asPlanner] = (await search(`staff ${tag}`, planner.headers)).data?.people.edges ?? [];
    expect(asPlanner?.node).toMatchObject({
      email: moderator.email,
      displayName: `Staff ${tag}`,
      birthYear: null,
      roles: null,
      verification: null,
      verificationRequest: null,
    });
    const [asAdmin] = (await search(`staff ${tag}`, admin.headers)).data?.people.edges ?? [];
    expect(asAdmin?.node).toMatchObject({ birthYear: 1990, roles: [{ role: 'MODERATOR' }] });
  });

  test.each([
    ['too short a search', { s: 'ab' }, 'search', 'INPUT_TOO_SHORT'],
    ['too long a search', { s: 'a'.repeat(201) }, 'search', 'INPUT_TOO_LONG'],
    ['a page past 50', { s: 'abc', first: 51 }, 'first', 'INPUT_OUT_OF_RANGE'],
    ['a cursor not from the list', { s: 'abc', after: 'nope' }, 'after', 'INPUT_INVALID'],
  ])('refuses %s, naming the field', async (_, variables, field, reason) => {
    const { body } = await request(find, variables, admin.headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
  });

  test('only admins and planners of a district office may search', async () => {
    const resident = await signedInUser(db, services, 'resident');
    expect(
      (await request(find, { s: 'abc' }, resident.headers)).body.errors?.[0]?.extensions,
    ).toMatchObject({
      reason: 'ROLE_REQUIRED',
    });
    expect(
      (await request(find, { s: 'abc' }, bureauPlanner.headers)).body.errors?.[0]?.extensions,
    ).toMatchObject({ reason: 'VERIFICATION_ONLY_DISTRICT_PLANNER' });
  });

  test('a person shows no secret: no password hash, token or session field', async () => {
    const person = (await buildPlacSchema()).getType('Person') as {
      getFields(): Record<string, unknown>;
    };
    const fields = Object.keys(person.getFields());
    expect(fields.filter((f) => /password|hash|token|session|secret/i.test(f))).toEqual([]);
  });
});

describe('role holders', () => {
  const holders = `query ($role: Role, $after: String) { roleHolders(role: $role, first: 50, after: $after) {
    edges { node { role unit { slug } person { id email } } } pageInfo { hasNextPage endCursor } } }`;
  type Holders = {
    roleHolders: {
      edges: { node: { role: string; unit: { slug: string } | null; person: { id: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };

  test('admins list who holds a role, planners with their unit', async () => {
    const all: Holders['roleHolders']['edges'] = [];
    let after: string | null = null;
    do {
      const { body }: { body: { data?: Holders | null } } = await request<Holders>(
        holders,
        { role: 'PLANNER', after },
        admin.headers,
      );
      all.push(...(body.data?.roleHolders.edges ?? []));
      after = body.data?.roleHolders.pageInfo.hasNextPage
        ? body.data.roleHolders.pageInfo.endCursor
        : null;
    } while (after);
    expect(all.every((e) => e.node.role === 'PLANNER')).toBe(true);
    expect(all.find((e) => e.node.person.id === planner.user.id)?.node.unit).toEqual({
      slug: 'urzad-dzielnicy-mokotow',
    });
  });

  test('nobody else', async () => {
    const { body } = await request(holders, {}, planner.headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'ROLE_REQUIRED' });
  });
});
