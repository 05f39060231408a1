// The service modules carry type-graphql decorators, which need the metadata polyfill first.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../../config.js';
import { openMigratedDatabase } from '../../db/migrations.js';
import { runPlansCli } from './plans-cli.js';

// `npm run plans -w api` runs in api/; INIT_CWD keeps paths relative to where it was typed.
const cwd = process.env.INIT_CWD ?? process.cwd();

process.exitCode = await runPlansCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(resolve(cwd, path), 'utf8'),
  async connect() {
    const config = loadConfig();
    return { db: await openMigratedDatabase(config), maxVertices: config.maxVertices };
  },
});
