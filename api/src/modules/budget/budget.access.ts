import type { AccessRow, Fixtures, Persona } from '../../../test/access-matrix.js';
import { createBudgetEdition } from './budget.scenario.js';

const edition = (f: Fixtures) => createBudgetEdition(f.db);

/**
 * Verified residents vote (admins too when verified; the matrix admin is not); planners of the
 * pool's unit add projects; only admins tally and publish.
 */
export const budgetAccess: Record<string, AccessRow> = {
  castBallot: {
    allowed: ['verifiedResident'] satisfies Persona[],
    call: async (f) => {
      const e = await edition(f);
      return {
        query:
          'mutation ($e: ID!, $d: ID, $p: [ID!]!) { castBallot(editionId: $e, districtPoolId: $d, projectIds: $p) { id } }',
        variables: { e: e.editionId, d: e.mokotow.id, p: [e.mokotow.projects[0]] },
      };
    },
  },
  createBudgetProject: {
    allowed: ['plannerOfOwningUnit', 'admin'],
    call: async (f) => ({
      query: `mutation ($p: ID!) { createBudgetProject(poolId: $p, input: { title: "", costGrosze: "x" }) { id } }`,
      variables: { p: (await edition(f)).mokotow.id },
    }),
  },
  tallyEdition: {
    allowed: ['admin'],
    call: async (f) => ({
      query: 'mutation ($e: ID!) { tallyEdition(editionId: $e) { poolId } }',
      variables: { e: (await edition(f)).editionId },
    }),
  },
  publishResults: {
    allowed: ['admin'],
    call: async (f) => ({
      query: 'mutation ($e: ID!) { publishResults(editionId: $e) { poolId } }',
      variables: { e: (await edition(f)).editionId },
    }),
  },
};
