import type { BrowserContext } from 'playwright-core';
import { type BudgetIds, seedBudgetEditions } from './budget-seed';
import { gqlAs, placUrl, signInAs } from './support';

export type { BudgetIds } from './budget-seed';

export type BudgetPlac = { url: string; ids: BudgetIds };

/**
 * The run's Plac with the budget tests' own editions, set up by an admin over the API (so the
 * tests depend on no demo edition, and run on whichever database the run exercises).
 */
export async function seedBudgetPlac(admin: BrowserContext): Promise<BudgetPlac> {
  await signInAs(admin, 'admin');
  const ids = await seedBudgetEditions((query, variables) => gqlAs(admin, query, variables));
  return { url: placUrl, ids };
}
