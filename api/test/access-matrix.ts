import type { Database } from '../src/db/database.js';

export const personas = [
  'anonymous',
  'resident',
  'verifiedResident',
  'moderator',
  'plannerOfOwningUnit',
  'plannerOfOtherUnit',
  'admin',
] as const;

export type Persona = (typeof personas)[number];

/** What a row's call may use: the run's database and fresh ids to act on. */
export type Fixtures = {
  db: Database;
  owningUnitId: string;
  otherUnitId: string;
  districtAreaId: string;
  /** A fresh resident to act on, made for each call. */
  newUserId(): Promise<string>;
};

/**
 * One mutation: who may call it, and a call that, when allowed, fails for a reason other than
 * access (bad input, not found) or succeeds harmlessly. Each module keeps its rows as test data
 * beside it, in `<module>.access.test-data.ts`.
 */
export type AccessRow = {
  allowed: readonly Persona[];
  call(fixtures: Fixtures): Promise<{ query: string; variables?: Record<string, unknown> }>;
};

export const everyone = personas;
export const signedIn = personas.filter((p) => p !== 'anonymous');
