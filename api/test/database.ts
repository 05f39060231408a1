import { afterAll, inject } from 'vitest';
import { connectDatabase, type Database } from '../src/db/database.js';

/** The run's database (see global-setup), closed after the test file. */
export function useTestDatabase(): Database {
  const db = connectDatabase(inject('databaseUrl'), inject('databaseMode'), {
    poolSize: 3,
    statementTimeoutMs: 30_000,
  });
  afterAll(() => db.close());
  return db;
}
