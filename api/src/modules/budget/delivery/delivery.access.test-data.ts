import type { AccessRow } from '../../../../test/access-matrix.js';
import { createDeliveryUpdate, createFundedProject } from './delivery.scenario.js';

const input = '{ reportedOn: "2026-11-30", body: "Prace trwają.", progress: 101 }';
const owners = ['plannerOfOwningUnit', 'admin'] as const;

/** Planners of the funded project's pool unit and admins report, edit and remove updates. */
export const deliveryAccess: Record<string, AccessRow> = {
  addProjectDeliveryUpdate: {
    allowed: owners,
    call: async (f) => ({
      query: `mutation ($p: ID!) { addProjectDeliveryUpdate(projectId: $p, input: ${input}) { id } }`,
      variables: { p: (await createFundedProject(f.db)).funded },
    }),
  },
  editProjectDeliveryUpdate: {
    allowed: owners,
    call: async (f) => ({
      query: `mutation ($u: ID!) { editProjectDeliveryUpdate(updateId: $u, input: ${input}) { id } }`,
      variables: { u: (await createDeliveryUpdate(f.db)).updateId },
    }),
  },
  removeProjectDeliveryUpdate: {
    allowed: owners,
    call: async (f) => ({
      query: 'mutation ($u: ID!) { removeProjectDeliveryUpdate(updateId: $u) }',
      variables: { u: (await createDeliveryUpdate(f.db)).updateId },
    }),
  },
};
