import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { repoRoot } from '../config.js';
import { type Database, type DatabaseConfig, openDatabase } from './database.js';

export const migrationsDir = join(repoRoot, 'prisma', 'migrations');

export type Migration = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** The migrations in `dir`, in the order Prisma applies them (by folder name). */
export function readMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

// Prisma's own table, so that `prisma migrate deploy` sees these migrations as applied.
const createHistoryTable = (schema: string) => `
  CREATE TABLE IF NOT EXISTS ${quote(schema)}."_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`;

/** Where migrations go: a schema other than public keeps, e.g., a test's tables apart. */
export type MigrateOptions = { schema?: string };

function quote(identifier: string) {
  return `"${identifier.replaceAll('"', '""')}"`;
}

type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null };

async function readHistory(client: pg.ClientBase, schema: string) {
  const { rows } = await client.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at FROM ${quote(schema)}."_prisma_migrations"
     WHERE rolled_back_at IS NULL`,
  );
  return new Map(rows.map((row) => [row.migration_name, row]));
}

/** Names of the migrations not applied yet; refuses when the history and the files disagree. */
export async function pendingMigrations(
  client: pg.ClientBase,
  migrations: Migration[],
  { schema = 'public' }: MigrateOptions = {},
) {
  const history = await readHistory(client, schema);
  for (const [name, row] of history) {
    const file = migrations.find((m) => m.name === name);
    if (!file) {
      throw new MigrationError(`Migration ${name} is applied but missing from prisma/migrations.`);
    }
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration ${name} failed earlier and was never finished; fix it by hand.`,
      );
    }
    if (row.checksum !== file.checksum) {
      throw new MigrationError(
        `Migration ${name} was changed after it was applied. Restore its migration.sql and ` +
          'put the change in a new migration.',
      );
    }
  }
  return migrations.filter((m) => !history.has(m.name));
}

async function applyOne(client: pg.ClientBase, migration: Migration, schema: string) {
  await client.query('BEGIN');
  try {
    // LOCAL: the embedded server shares one session among all connections.
    await client.query(`SET LOCAL search_path TO ${quote(schema)}, public`);
    await client.query('SET LOCAL statement_timeout = 0');
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO ${quote(schema)}."_prisma_migrations"
         (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
  }
}

/** Applies pending migrations in order, each in its own transaction with its history record. */
export async function migrate(
  client: pg.ClientBase,
  migrations = readMigrations(),
  { schema = 'public' }: MigrateOptions = {},
) {
  // Serialises concurrent starts against one server; the key is arbitrary but fixed.
  await client.query('SELECT pg_advisory_lock(72616)');
  try {
    await client.query(createHistoryTable(schema));
    const pending = await pendingMigrations(client, migrations, { schema });
    for (const migration of pending) await applyOne(client, migration, schema);
    return pending.map((m) => m.name);
  } finally {
    await client.query('SELECT pg_advisory_unlock(72616)');
  }
}

export async function migrateDatabase(pool: pg.Pool, migrations = readMigrations()) {
  const client = await pool.connect();
  try {
    return await migrate(client, migrations);
  } finally {
    client.release();
  }
}

/** The configured database with every migration applied, as a command line needs it. */
export async function openMigratedDatabase(config: DatabaseConfig): Promise<Database> {
  const db = await openDatabase(config);
  await migrateDatabase(db.pool).catch(async (error) => {
    await db.close();
    throw error;
  });
  return db;
}
