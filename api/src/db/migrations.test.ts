import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { useTestDatabase } from '../../test/database.js';
import {
  type Migration,
  MigrationError,
  migrate,
  migrationsDir,
  readMigrations,
} from './migrations.js';

const db = useTestDatabase();

function migration(name: string, sql: string): Migration {
  return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
}

describe('the migration runner', () => {
  let client: pg.PoolClient;
  let schema: string;

  beforeEach(async () => {
    schema = `migration_test_${randomUUID().slice(0, 8)}`;
    client = await db.pool.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
  });
  afterEach(async () => {
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    client.release();
  });

  const tableExists = async (table: string) =>
    (await client.query(`SELECT to_regclass('${schema}.${table}') AS t`)).rows[0].t !== null;
  const history = async () =>
    (
      await client.query(`SELECT migration_name, checksum, applied_steps_count, finished_at
                         FROM ${schema}."_prisma_migrations" ORDER BY migration_name`)
    ).rows;

  test('applies the real migrations, records them as Prisma does, and is a no-op the second time', async () => {
    const migrations = readMigrations();
    expect(await migrate(client, migrations, { schema })).toEqual(migrations.map((m) => m.name));
    expect(await migrate(client, migrations, { schema })).toEqual([]);
    const rows = await history();
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const row of rows) {
      const file = readFileSync(join(migrationsDir, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(file).digest('hex'));
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).toBeInstanceOf(Date);
    }
    expect(await tableExists('area')).toBe(true);
  });

  test('a failing migration leaves nothing half-applied and no record', async () => {
    const good = migration('001_good', 'CREATE TABLE good (id int);');
    const bad = migration('002_bad', 'CREATE TABLE half (id int); SELECT 1 / 0;');
    await expect(migrate(client, [good, bad], { schema })).rejects.toThrow(
      /002_bad failed: division by zero/,
    );
    expect(await tableExists('good')).toBe(true);
    expect(await tableExists('half')).toBe(false);
    expect((await history()).map((r) => r.migration_name)).toEqual(['001_good']);
  });

  test('refuses when an applied migration was changed since', async () => {
    await migrate(client, [migration('001_a', 'CREATE TABLE a (id int);')], { schema });
    const changed = [migration('001_a', 'CREATE TABLE a (id bigint);')];
    await expect(migrate(client, changed, { schema })).rejects.toThrow(MigrationError);
    await expect(migrate(client, changed, { schema })).rejects.toThrow(/001_a was changed/);
  });

  test('refuses when an applied migration is missing from the folder', async () => {
    await migrate(client, [migration('001_a', 'CREATE TABLE a (id int);')], { schema });
    await expect(migrate(client, [], { schema })).rejects.toThrow(/001_a is applied but missing/);
  });

  test('applies only what is new, in order', async () => {
    const first = migration('001_a', 'CREATE TABLE a (id int);');
    const second = migration('002_b', 'CREATE TABLE b (a_id int);');
    await migrate(client, [first], { schema });
    expect(await migrate(client, [second, first], { schema })).toEqual(['002_b']);
  });
});
