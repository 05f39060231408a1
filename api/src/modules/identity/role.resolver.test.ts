import { beforeAll, describe, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { createUser, unitBySlug } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';

const { db, services, request } = useTestServer();
let admin: Awaited<ReturnType<typeof signedInUser>>;
let mokotowOffice: { id: string };
let greenBureau: { id: string };

beforeAll(async () => {
  admin = await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] });
  mokotowOffice = await unitBySlug(db, 'urzad-dzielnicy-mokotow');
  greenBureau = await unitBySlug(db, 'zarzad-zieleni-m-st-warszawy');
});

const grant =
  'mutation ($input: RoleGrantInput!) { grantRole(input: $input) { roles { role unit { slug } } } }';
const revoke =
  'mutation ($input: RoleGrantInput!) { revokeRole(input: $input) { roles { role } } }';
const auditFor = (targetId: string) =>
  db.prisma.auditEvent.findMany({ where: { targetId }, orderBy: { id: 'asc' } });

describe('granting and revoking roles', () => {
  test('an admin makes a planner of a unit, audited with the values after', async () => {
    const target = await createUser(db, 'future-planner');
    const { body } = await request(
      grant,
      { input: { userId: target.id, role: 'PLANNER', unitId: mokotowOffice.id } },
      admin.headers,
    );
    expect(body.data).toEqual({
      grantRole: { roles: [{ role: 'PLANNER', unit: { slug: 'urzad-dzielnicy-mokotow' } }] },
    });
    const [event] = await auditFor(target.id);
    expect(event).toMatchObject({
      actorId: admin.user.id,
      action: 'role.grant',
      after: { role: 'PLANNER', unitId: mokotowOffice.id },
    });
  });

  test('granting a role already held changes nothing and records nothing', async () => {
    const target = await createUser(db, 'moderator', { roles: [{ role: 'MODERATOR' }] });
    await request(grant, { input: { userId: target.id, role: 'MODERATOR' } }, admin.headers);
    expect(await auditFor(target.id)).toEqual([]);
  });

  test('revoking is audited with the values before', async () => {
    const target = await createUser(db, 'ex-moderator', { roles: [{ role: 'MODERATOR' }] });
    const { body } = await request(
      revoke,
      { input: { userId: target.id, role: 'MODERATOR' } },
      admin.headers,
    );
    expect(body.data).toEqual({ revokeRole: { roles: [] } });
    expect((await auditFor(target.id))[0]).toMatchObject({
      action: 'role.revoke',
      before: { role: 'MODERATOR' },
    });
  });

  test('revoking a role not held is refused and records nothing', async () => {
    const target = await createUser(db, 'plain-resident');
    const { body } = await request(
      revoke,
      { input: { userId: target.id, role: 'PLANNER', unitId: mokotowOffice.id } },
      admin.headers,
    );
    expect(body.errors?.[0]).toMatchObject({
      message: 'The user does not hold PLANNER in that unit.',
      extensions: { code: 'NOT_FOUND', reason: 'ROLE_NOT_HELD', field: 'role' },
    });
    expect(await auditFor(target.id)).toEqual([]);
  });

  test.each([
    [
      'an unknown user',
      () => ({ userId: '00000000-0000-0000-0000-000000000000', role: 'MODERATOR' }),
      'NOT_FOUND',
      'userId',
      'USER_NOT_FOUND',
    ],
    [
      'an unknown unit',
      (u: string) => ({
        userId: u,
        role: 'PLANNER',
        unitId: '00000000-0000-0000-0000-000000000000',
      }),
      'NOT_FOUND',
      'unitId',
      'UNIT_NOT_FOUND',
    ],
    [
      'a planner with no unit',
      (u: string) => ({ userId: u, role: 'PLANNER' }),
      'BAD_USER_INPUT',
      'unitId',
      'ROLE_UNIT_REQUIRED',
    ],
    [
      'a moderator with a unit',
      (u: string) => ({ userId: u, role: 'MODERATOR', unitId: greenBureau.id }),
      'BAD_USER_INPUT',
      'unitId',
      'ROLE_UNIT_UNEXPECTED',
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_, input, code, field, reason) => {
    const target = await createUser(db, 'untouched');
    const { body } = await request(grant, { input: input(target.id) }, admin.headers);
    expect(body.errors?.[0]?.extensions).toEqual({ code, reason, field });
    expect(await db.prisma.roleGrant.count({ where: { userId: target.id } })).toBe(0);
    expect(await auditFor(target.id)).toEqual([]);
  });
});

describe('the audit log', () => {
  test('admins read it filtered and paginated, newest first', async () => {
    const target = await createUser(db, 'audited');
    for (const role of ['MODERATOR', 'ADMIN'] as const) {
      await request(grant, { input: { userId: target.id, role } }, admin.headers);
    }
    const query = `query ($f: AuditFilter, $after: String) {
      auditLog(filter: $f, first: 1, after: $after) {
        edges { cursor node { action after actor { id } } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      auditLog: {
        edges: { node: { after: { role: string }; actor: { id: string } } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = await request<Page>(query, { f: { targetId: target.id } }, admin.headers);
    expect(first.body.data?.auditLog.edges[0]?.node).toMatchObject({
      after: { role: 'ADMIN' },
      actor: { id: admin.user.id },
    });
    expect(first.body.data?.auditLog.pageInfo.hasNextPage).toBe(true);
    const second = await request<Page>(
      query,
      { f: { targetId: target.id }, after: first.body.data?.auditLog.pageInfo.endCursor },
      admin.headers,
    );
    expect(second.body.data?.auditLog.edges[0]?.node.after).toEqual({
      role: 'MODERATOR',
      unitId: null,
    });
    expect(second.body.data?.auditLog.pageInfo.hasNextPage).toBe(false);
  });

  test('nobody else reads it', async () => {
    const moderator = await signedInUser(db, services, 'curious', {
      roles: [{ role: 'MODERATOR' }],
    });
    const { body } = await request('{ auditLog { edges { cursor } } }', {}, moderator.headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_REQUIRED',
    });
  });
});
