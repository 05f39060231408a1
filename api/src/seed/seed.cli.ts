import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateDatabase } from '../db/migrations.js';
import { seedDemoData, seedReferenceData } from './seed.js';

const config = loadConfig();
const db = await openDatabase(config);
try {
  await migrateDatabase(db.pool);
  await seedReferenceData(db.pool);
  if (config.demoData) await seedDemoData(db, config.maxVertices);
  console.log(`Seeded the ${db.mode} database.`);
} finally {
  await db.close();
}
