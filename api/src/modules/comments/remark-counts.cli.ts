import { loadConfig } from '../../config.js';
import { openMigratedDatabase } from '../../db/migrations.js';
import { runRemarkCountsCli } from './remark-counts-cli.js';

process.exitCode = await runRemarkCountsCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  connect: () => openMigratedDatabase(loadConfig()),
});
