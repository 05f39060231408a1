import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createUser } from '../../../test/scenario.js';
import { connectDatabase, type Database } from '../../db/database.js';
import { startEmbeddedDatabase } from '../../db/embedded.js';
import { migrateDatabase } from '../../db/migrations.js';
import { UnitService } from '../units/unit.service.js';
import { AccountService } from './account.service.js';
import { hashPassword } from './credentials.js';
import { RateLimits } from './rate-limits.js';
import { RoleService } from './role.service.js';
import { SessionService } from './session.service.js';
import { toViewer } from './viewer.js';

/**
 * "The last admin" counts every admin of the database, so these tests run on a database of
 * their own (a new one on the server, a new embedded one otherwise), where they are the only ones.
 */
async function ownDatabase(): Promise<{ db: Database; drop(): Promise<void> }> {
  const runUrl = inject('databaseUrl');
  if (inject('databaseMode') === 'server') {
    const name = `plac_last_admin_${randomUUID().slice(0, 8)}`;
    const admin = connectDatabase(runUrl, 'server', { poolSize: 1, statementTimeoutMs: 60_000 });
    await admin.pool.query(`CREATE DATABASE ${name}`);
    const url = new URL(runUrl);
    url.pathname = `/${name}`;
    const db = connectDatabase(url.toString(), 'server', {
      poolSize: 4,
      statementTimeoutMs: 60_000,
    });
    return {
      db,
      async drop() {
        await db.close();
        await admin.pool.query(`DROP DATABASE ${name}`);
        await admin.close();
      },
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'plac-last-admin-'));
  const embedded = await startEmbeddedDatabase({ dataDir, maxConnections: 8 });
  const db = connectDatabase(embedded.url, 'embedded', { poolSize: 1, statementTimeoutMs: 60_000 });
  return {
    db,
    async drop() {
      await db.close();
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let own: Awaited<ReturnType<typeof ownDatabase>>;
let roles: RoleService;
let accounts: AccountService;
const rateLimits = new RateLimits();

beforeAll(async () => {
  own = await ownDatabase();
  await migrateDatabase(own.db.pool);
  roles = new RoleService(own.db, new UnitService(own.db));
  accounts = new AccountService(own.db, new SessionService(own.db), rateLimits);
}, 180_000);

afterAll(async () => {
  await rateLimits.close();
  await own?.drop();
});

const admins = () => own.db.prisma.roleGrant.count({ where: { role: 'ADMIN' } });
const anAdmin = async (name: string) => {
  const user = await createUser(own.db, name, { roles: [{ role: 'ADMIN' }] });
  return { user, viewer: toViewer({ ...user, roles: [{ role: 'ADMIN', unitId: null }] }, null) };
};
const revokeAdmin = (actor: Awaited<ReturnType<typeof anAdmin>>, userId: string) =>
  roles.revoke(actor.viewer, { userId, role: 'ADMIN' });

describe('an admin cannot remove the last admin', () => {
  test('two admins revoking each other at once leave one of them', async () => {
    await own.db.prisma.roleGrant.deleteMany({ where: { role: 'ADMIN' } });
    const [a, b] = [await anAdmin('a'), await anAdmin('b')];
    const outcomes = await Promise.allSettled([
      revokeAdmin(a, b.user.id),
      revokeAdmin(b, a.user.id),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refusal = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refusal.reason).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
    expect(await admins()).toBe(1);
    const revocations = await own.db.prisma.auditEvent.count({ where: { action: 'role.revoke' } });
    expect(revocations).toBe(1);
  });

  test('nor themselves when alone; another admin granted, they may', async () => {
    await own.db.prisma.roleGrant.deleteMany({ where: { role: 'ADMIN' } });
    const alone = await anAdmin('alone');
    await expect(revokeAdmin(alone, alone.user.id)).rejects.toMatchObject({
      reason: 'LAST_ADMIN',
      field: 'input.userId',
    });
    expect(await admins()).toBe(1);
    const other = await createUser(own.db, 'other');
    await roles.grant(alone.viewer, { userId: other.id, role: 'ADMIN' });
    await revokeAdmin(alone, alone.user.id);
    expect(await admins()).toBe(1);
  });

  test('the last admin cannot delete their account', async () => {
    await own.db.prisma.roleGrant.deleteMany({ where: { role: 'ADMIN' } });
    const alone = await anAdmin('leaving');
    const password = 'a long enough password';
    await own.db.prisma.user.update({
      where: { id: alone.user.id },
      data: { passwordHash: await hashPassword(password) },
    });
    await expect(accounts.deleteAccount(alone.user.id, password)).rejects.toMatchObject({
      reason: 'LAST_ADMIN',
    });
    const row = await own.db.prisma.user.findUniqueOrThrow({ where: { id: alone.user.id } });
    expect(row.deletedAt).toBeNull();
    expect(await admins()).toBe(1);
  });
});
