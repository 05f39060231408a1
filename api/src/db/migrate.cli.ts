import { loadConfig } from '../config.js';
import { openDatabase } from './database.js';
import { migrateDatabase } from './migrations.js';

const db = await openDatabase(loadConfig());
try {
  const applied = await migrateDatabase(db.pool);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
