import { randomUUID } from 'node:crypto';
import { type AccessRow, type Persona, signedIn } from '../../../../test/access-matrix.js';
import { createBudgetEdition } from '../budget.scenario.js';

/**
 * Verified residents propose (the matrix's other people are not verified, and the test edition
 * is not open to all); every signed-in resident may act on proposals they author, so a call on
 * an unknown id is NOT_FOUND for them and UNAUTHENTICATED for the anonymous.
 */
export const proposalsAccess: Record<string, AccessRow> = {
  saveProjectProposal: {
    allowed: ['verifiedResident'] satisfies Persona[],
    call: async (f) => ({
      query: `mutation ($p: ID!) { saveProjectProposal(input: { poolId: $p, title: "" }) { id } }`,
      variables: { p: (await createBudgetEdition(f.db, { phase: 'SUBMISSION' })).mokotow.id },
    }),
  },
  submitProjectProposal: {
    allowed: signedIn,
    call: async () => ({
      query: 'mutation ($id: ID!) { submitProjectProposal(id: $id) { id } }',
      variables: { id: randomUUID() },
    }),
  },
  withdrawProjectProposal: {
    allowed: signedIn,
    call: async () => ({
      query: 'mutation ($id: ID!) { withdrawProjectProposal(id: $id) { id } }',
      variables: { id: randomUUID() },
    }),
  },
  inviteProjectCoauthor: {
    allowed: signedIn,
    call: async () => ({
      query:
        'mutation ($id: ID!) { inviteProjectCoauthor(projectId: $id, email: "a@example.org") { email } }',
      variables: { id: randomUUID() },
    }),
  },
  acceptProjectCoauthorInvitation: {
    allowed: signedIn,
    call: async () => ({
      query: 'mutation { acceptProjectCoauthorInvitation(token: "no such token") { id } }',
    }),
  },
};
