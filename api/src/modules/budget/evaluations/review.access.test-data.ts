import type { AccessRow } from '../../../../test/access-matrix.js';
import { signedIn } from '../../../../test/access-matrix.js';
import { createBudgetEdition } from '../budget.scenario.js';
import { appealedProject } from './verification.scenario.js';

const mokotowProject = async (f: Parameters<AccessRow['call']>[0]) =>
  (await createBudgetEdition(f.db)).mokotow.projects[0];

/**
 * Planners of the pool's unit and admins verify its projects (an assigned reviewer too, which
 * the evaluation tests show) and decide appeals; any signed-in user may try to appeal, which
 * the service allows only to the project's authors.
 */
export const reviewAccess: Record<string, AccessRow> = {
  startBudgetVerification: {
    allowed: ['plannerOfOwningUnit', 'admin'],
    call: async (f) => ({
      query: 'mutation ($p: ID!) { startBudgetVerification(projectIds: [$p]) }',
      variables: { p: await mokotowProject(f) },
    }),
  },
  assignBudgetEvaluations: {
    allowed: ['plannerOfOwningUnit', 'admin'],
    call: async (f) => ({
      query: 'mutation ($p: ID!) { assignBudgetEvaluations(projectIds: [$p], input: {}) }',
      variables: { p: await mokotowProject(f) },
    }),
  },
  decideBudgetEvaluation: {
    allowed: ['plannerOfOwningUnit', 'admin'],
    call: async (f) => ({
      query: `mutation ($p: ID!) { decideBudgetEvaluation(projectId: $p,
        input: { decision: POSITIVE, checklist: [] }) { poolName } }`,
      variables: { p: await mokotowProject(f) },
    }),
  },
  appealBudgetProject: {
    allowed: signedIn,
    call: async () => ({
      query: `mutation { appealBudgetProject(projectId: "00000000-0000-0000-0000-000000000000",
        input: { text: "x" }) { id } }`,
    }),
  },
  decideBudgetAppeal: {
    allowed: ['plannerOfOwningUnit', 'admin'],
    call: async (f) => ({
      query: `mutation ($a: ID!) { decideBudgetAppeal(appealId: $a,
        input: { decision: REINSTATED, justification: "ok" }) { id } }`,
      variables: { a: (await appealedProject(f.db, 'VOTING')).appealId },
    }),
  },
};
