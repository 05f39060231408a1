import { unitBySlug } from '../../../../test/scenario.js';
import type { Database } from '../../../db/database.js';

/** Shared by the admin set-up tests: valid input and the three mutations. */
const day = 86_400_000;
export const at = (days: number) => new Date(Date.now() + days * day).toISOString();
export const schedule = () => [
  { phase: 'SUBMISSION', startsAt: at(-2), endsAt: at(-1) },
  { phase: 'VOTING', startsAt: at(-1), endsAt: at(1) },
  { phase: 'RESULTS', startsAt: at(1), endsAt: at(30) },
];
export const editionInput = (over: Record<string, unknown> = {}) => ({
  year: 2028,
  title: `Edition ${crypto.randomUUID()}`,
  rule: 'EQUAL_SHARES',
  completion: 'ADD1U',
  areaMaxApprovals: 15,
  citywideMaxApprovals: 10,
  areaMinVotes: 100,
  citywideMinVotes: 50,
  minAge: 13,
  ballotChangeable: true,
  phases: schedule(),
  ...over,
});
export const createEdition = `mutation ($i: BudgetEditionInput!) { createBudgetEdition(input: $i) {
  id year title rule completion areaMaxApprovals citywideMaxApprovals areaMinVotes
  citywideMinVotes minAge ballotChangeable currentPhase phases { phase startsAt endsAt } } }`;
export const setPhases = `mutation ($e: ID!, $p: [BudgetPhasePeriodInput!]!) {
  setBudgetEditionPhases(editionId: $e, phases: $p) { currentPhase phases { phase } } }`;
export const createPool = `mutation ($i: BudgetPoolInput!) { createBudgetPool(input: $i) {
  id kind name areaId unitId amount { grosze pln } } }`;

/** Mokotów's district office and its area. */
export async function mokotowOffice(db: Database) {
  const unit = await unitBySlug(db, 'urzad-dzielnicy-mokotow');
  return { unitId: unit.id, areaId: unit.areaId ?? '' };
}
