import type { Database } from '../../../db/database.js';

/** What a budget CLI command may touch, so tests can run commands in memory. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  /** The database, for import and export; the caller closes it. */
  database?(): Promise<Database>;
}
