import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '../src/db/database.js';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '../src/db/embedded.js';
import { migrateDatabase } from '../src/db/migrations.js';
import { checkServerRequirements } from '../src/db/requirements.js';
import { seedReferenceData } from '../src/seed/seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseMode: 'server' | 'embedded';
  }
}

/**
 * One database for the run: the server at DATABASE_URL, or a fresh embedded one in a
 * temporary folder. It is migrated and seeded once; tests never mock it.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  if (!serverUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'plac-test-'));
    embedded = await startEmbeddedDatabase({ dataDir, maxConnections: 64 });
  }
  const url = serverUrl ?? embedded?.url ?? '';
  const mode = serverUrl ? 'server' : 'embedded';
  const db = connectDatabase(url, mode, { poolSize: 2, statementTimeoutMs: 60_000 });
  if (serverUrl) await checkServerRequirements(db.pool);
  await migrateDatabase(db.pool);
  await seedReferenceData(db.pool);
  await db.close();
  project.provide('databaseUrl', url);
  project.provide('databaseMode', mode);
  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
