import type { AccessRow, Fixtures, Persona } from '../../../test/access-matrix.js';
import { createBudgetEdition } from './budget.scenario.js';

const edition = (f: Fixtures) => createBudgetEdition(f.db);

/**
 * Verified residents vote (admins too when verified; the matrix admin is not); planners of the
 * pool's unit add projects, change their status and mark conflicts (either project's unit);
 * planners of a district office enter paper ballots; only admins create editions, schedules
 * and pools, import, tally and publish.
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
      variables: { p: (await createBudgetEdition(f.db, { phase: 'SUBMISSION' })).mokotow.id },
    }),
  },
  importPabulibEdition: {
    allowed: ['admin'],
    call: async () => ({
      query: 'mutation { importPabulibEdition(file: "not a .pb file") { id } }',
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
  changeProjectStatus: {
    allowed: ['plannerOfOwningUnit', 'admin'],
    call: async (f) => ({
      query: 'mutation ($p: ID!) { changeProjectStatus(projectId: $p, status: SELECTED) { id } }',
      variables: { p: (await edition(f)).mokotow.projects[0] },
    }),
  },
  markProjectsConflicting: {
    allowed: ['plannerOfOwningUnit', 'admin'],
    call: async (f) => {
      const e = await edition(f);
      return {
        query:
          'mutation ($p: ID!, $o: ID!) { markProjectsConflicting(projectId: $p, otherProjectId: $o) }',
        variables: { p: e.mokotow.projects[0], o: e.mokotow.projects[1] },
      };
    },
  },
  unmarkProjectsConflicting: {
    allowed: ['plannerOfOwningUnit', 'admin'],
    call: async (f) => {
      const e = await edition(f);
      return {
        query:
          'mutation ($p: ID!, $o: ID!) { unmarkProjectsConflicting(projectId: $p, otherProjectId: $o) }',
        variables: { p: e.mokotow.projects[0], o: e.mokotow.projects[1] },
      };
    },
  },
  enterPaperBallot: {
    allowed: ['plannerOfOwningUnit', 'admin'],
    call: async (f) => {
      const e = await edition(f);
      return {
        query:
          'mutation ($e: ID!, $d: ID, $p: [ID!]!) { enterPaperBallot(editionId: $e, districtPoolId: $d, projectIds: $p, voterReference: "sheet-1") { id } }',
        variables: { e: e.editionId, d: e.mokotow.id, p: [e.mokotow.projects[0]] },
      };
    },
  },
  createBudgetEdition: {
    allowed: ['admin'],
    call: async () => ({
      query: `mutation { createBudgetEdition(input: { year: 1999, title: "x", areaMaxApprovals: 1,
        citywideMaxApprovals: 1, areaMinVotes: 0, citywideMinVotes: 0, phases: [] }) { id } }`,
    }),
  },
  setBudgetEditionPhases: {
    allowed: ['admin'],
    call: async (f) => ({
      query: `mutation ($e: ID!) { setBudgetEditionPhases(editionId: $e, phases: [
        { phase: VOTING, startsAt: "2030-01-02T00:00:00Z", endsAt: "2030-01-01T00:00:00Z" }]) { id } }`,
      variables: { e: (await edition(f)).editionId },
    }),
  },
  createBudgetPool: {
    allowed: ['admin'],
    call: async (f) => ({
      query: `mutation ($e: ID!) { createBudgetPool(input: { editionId: $e, name: "", kind: CITYWIDE,
        unitId: "00000000-0000-0000-0000-000000000000", amountGrosze: "x" }) { id } }`,
      variables: { e: (await edition(f)).editionId },
    }),
  },
};
