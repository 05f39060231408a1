import type { AccessRow } from '../../../test/access-matrix.js';
import { createConsultation } from '../../../test/scenario.js';

/** Importing a plan is for planners of the consultation's unit (Mokotów's office) and admins. */
export const plansAccess: Record<string, AccessRow> = {
  importPlan: {
    allowed: ['plannerOfOwningUnit', 'admin'],
    // An empty collection: refused as bad input once access is granted, so nothing is written.
    call: async (f) => ({
      query: `mutation ($id: ID!) { importPlan(consultationId: $id, input: {
        kind: LOCAL_PLAN, name: "Plan", stage: DRAFT_FOR_CONSULTATION,
        features: { type: "FeatureCollection", features: [] } }) { id } }`,
      variables: { id: (await createConsultation(f.db, { district: 'mokotow' })).id },
    }),
  },
};
