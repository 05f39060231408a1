import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from '../../db/database.js';
import { runBudgetCli } from './cli/budget-cli.js';

// `npm run budget -w api` runs in api/; INIT_CWD keeps paths relative to where it was typed.
const cwd = process.env.INIT_CWD ?? process.cwd();
// A reader that stops early (`| head`) is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

let db: Database | undefined;
try {
  process.exitCode = await runBudgetCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(resolve(cwd, path), 'utf8'),
    // Imported here, not above: a file-only command (tally) loads no database code.
    database: async () => {
      const [{ loadConfig }, { openDatabase }] = await Promise.all([
        import('../../config.js'),
        import('../../db/database.js'),
      ]);
      db ??= await openDatabase(loadConfig());
      return db;
    },
  });
} finally {
  await db?.close();
}
