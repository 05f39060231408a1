import type { AccessRow, Fixtures, Persona } from '../../../test/access-matrix.js';
import { createUser } from '../../../test/scenario.js';
import { createBudgetEdition } from './budget.scenario.js';

const edition = (f: Fixtures) => createBudgetEdition(f.db);

/** A Mokotów paper ballot of a new edition, and a city-wide project to correct it to. */
async function paperBallot(f: Fixtures) {
  const e = await edition(f);
  const { rows } = await f.db.pool.query<{ id: string }>(
    `INSERT INTO budget_ballot (edition_id, district_pool_id, paper, paper_reference)
     VALUES ($1, $2, true, 'sheet-1') RETURNING id`,
    [e.editionId, e.mokotow.id],
  );
  return { b: rows[0]?.id, p: e.citywide.projects[0] };
}

/**
 * Verified residents vote (admins too when verified; the matrix admin is not); planners of the
 * pool's unit add projects and mark conflicts (either project's unit);
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
      const voter = await createUser(f.db, 'paper-voter', { verified: true });
      return {
        query:
          'mutation ($e: ID!, $d: ID, $p: [ID!]!, $v: String!) { enterPaperBallot(editionId: $e, districtPoolId: $d, projectIds: $p, voterReference: "sheet-1", voterEmail: $v) { id } }',
        variables: { e: e.editionId, d: e.mokotow.id, p: [e.mokotow.projects[0]], v: voter.email },
      };
    },
  },
  correctPaperBallot: {
    allowed: ['plannerOfOwningUnit', 'admin'],
    call: async (f) => ({
      query:
        'mutation ($b: ID!, $p: ID!) { correctPaperBallot(ballotId: $b, districtPoolId: null, projectIds: [$p]) { id } }',
      variables: await paperBallot(f),
    }),
  },
  removePaperBallot: {
    allowed: ['plannerOfOwningUnit', 'admin'],
    call: async (f) => ({
      query: 'mutation ($b: ID!) { removePaperBallot(ballotId: $b) { id } }',
      variables: { b: (await paperBallot(f)).b },
    }),
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
  updateBudgetEdition: {
    allowed: ['admin'],
    call: async (f) => ({
      query: `mutation ($e: ID!) { updateBudgetEdition(editionId: $e, input: { year: 2030,
        title: "", areaMaxApprovals: 1, citywideMaxApprovals: 1, areaMinVotes: 0,
        citywideMinVotes: 0 }) { id } }`,
      variables: { e: (await edition(f)).editionId },
    }),
  },
  updateBudgetPool: {
    allowed: ['admin'],
    call: async (f) => ({
      query: `mutation ($p: ID!) { updateBudgetPool(poolId: $p, input: { name: "", amountGrosze: "x" }) { id } }`,
      variables: { p: (await edition(f)).mokotow.id },
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
  setBudgetProjectLocations: {
    allowed: ['plannerOfOwningUnit', 'admin'],
    call: async (f) => ({
      query: `mutation ($p: ID!) { setBudgetProjectLocations(projectId: $p,
        locations: [{ geometry: { type: "Point", coordinates: [0, 0] } }]) { id } }`,
      variables: { p: (await edition(f)).mokotow.projects[0] },
    }),
  },
  dismissConflictCandidate: {
    allowed: ['plannerOfOwningUnit', 'admin'],
    call: async (f) => {
      const p = (await edition(f)).mokotow.projects[0];
      return {
        query: 'mutation ($p: ID!) { dismissConflictCandidate(projectId: $p, otherProjectId: $p) }',
        variables: { p },
      };
    },
  },
};
