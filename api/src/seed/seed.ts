import type pg from 'pg';
import type { Database } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { seedDemoBudget } from './demo/demo-budget.seed.js';
import { seedDemoConsultations } from './demo/demo-consultations.seed.js';
import { importDemoPlan } from './demo/demo-plan.seed.js';
import { seedDemoAccounts } from './demo-accounts.seed.js';
import { seedWarsawAreas } from './warsaw-areas.seed.js';
import { seedWarsawUnits } from './warsaw-units.seed.js';

/** Reference data every installation needs: Warsaw's areas and units, loaded once when none exist. */
export async function seedReferenceData(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ areas: number; units: number }>(
    `SELECT (SELECT count(*)::int FROM area) AS areas, (SELECT count(*)::int FROM organisation_unit) AS units`,
  );
  if (!rows[0]?.areas) await inTransaction(pool, seedWarsawAreas);
  if (!rows[0]?.units) await inTransaction(pool, seedWarsawUnits);
}

/**
 * The embedded demo: one account per role (see the README), two consultations, and two budget
 * editions (Warsaw 2021 with its results, and one open for voting).
 */
export async function seedDemoData(db: Database, maxVertices: number): Promise<void> {
  await inTransaction(db.pool, seedDemoAccounts);
  const planConsultationId = await inTransaction(db.pool, seedDemoConsultations);
  if (planConsultationId) await importDemoPlan(db, planConsultationId, maxVertices);
  await inTransaction(db.pool, seedDemoBudget);
}
