import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { migrateDatabase } from '../../db/migrations.js';
import { runRemarkCountsCli } from './remark-counts-cli.js';

process.exitCode = await runRemarkCountsCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  async connect() {
    const db = await openDatabase(loadConfig());
    await migrateDatabase(db.pool).catch(async (error) => {
      await db.close();
      throw error;
    });
    return db;
  },
});
