import 'reflect-metadata';
import { pino } from 'pino';
import { ConfigError, loadConfig } from './config.js';
import { createServices } from './context.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { openDatabase } from './db/database.js';
import { migrateDatabase } from './db/migrations.js';
import { DatabaseRequirementError } from './db/requirements.js';
import { buildPlacSchema } from './schema/build-schema.js';
import { seedDemoData, seedReferenceData } from './seed/seed.js';
import { createApp } from './server/app.js';

function readConfig() {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

const config = readConfig();
const log = pino({ level: config.logLevel });

async function start() {
  const startedAt = Date.now();
  const db = await openDatabase(config);
  try {
    const applied = await migrateDatabase(db.pool);
    if (applied.length) log.info({ applied }, 'applied migrations');
    await seedReferenceData(db.pool);
    if (config.demoData) await seedDemoData(db, config.maxVertices);
    const services = createServices(db, config);
    const app = await createApp({
      config,
      db,
      services,
      schema: await buildPlacSchema(services.pubSub),
      log,
    });
    const port = await app.listen(config.port, config.host);
    log.info(
      { database: db.mode, ms: Date.now() - startedAt },
      `Plac is listening on http://localhost:${port}`,
    );
    return async function stop() {
      await app.stop();
      await db.close();
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

try {
  const stop = await start();
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down');
      stop().then(
        () => process.exit(0),
        (error) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
} catch (error) {
  // A start refused for a reason the person can act on is one readable line, not a log record.
  if (error instanceof DataDirLockedError || error instanceof DatabaseRequirementError) {
    console.error(error.message);
    process.exit(2);
  }
  log.fatal({ err: error }, (error as Error).message);
  process.exit(1);
}
