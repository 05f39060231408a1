import type { AccessRow, Fixtures, Persona } from '../../../test/access-matrix.js';
import { createConsultation } from '../../../test/scenario.js';

const managers: readonly Persona[] = ['plannerOfOwningUnit', 'admin'];

const owned = async (f: Fixtures) => (await createConsultation(f.db, { district: 'mokotow' })).id;

/** Who may manage a consultation: planners of its unit (Mokotów's office here) and admins. */
export const consultationsAccess: Record<string, AccessRow> = {
  createConsultation: {
    allowed: managers,
    call: async (f) => ({
      query: 'mutation ($u: ID!) { createConsultation(unitId: $u, input: { title: "ab" }) { id } }',
      variables: { u: f.owningUnitId },
    }),
  },
  updateConsultation: {
    allowed: managers,
    call: async (f) => ({
      query: 'mutation ($id: ID!) { updateConsultation(id: $id, input: { title: "ab" }) { id } }',
      variables: { id: await owned(f) },
    }),
  },
  changeConsultationStatus: {
    allowed: managers,
    call: async (f) => ({
      query: 'mutation ($id: ID!) { changeConsultationStatus(id: $id, status: ANNOUNCED) { id } }',
      variables: { id: await owned(f) },
    }),
  },
  addConsultationDocument: {
    allowed: managers,
    call: async (f) => ({
      query: `mutation ($id: ID!) {
        addConsultationDocument(consultationId: $id, input: { title: "", url: "x", kind: OTHER }) { id } }`,
      variables: { id: await owned(f) },
    }),
  },
  setConsultationCoordinators: {
    allowed: managers,
    call: async (f) => ({
      query: `mutation ($id: ID!) {
        setConsultationCoordinators(consultationId: $id, userIds: ["00000000-0000-0000-0000-000000000000"]) { id } }`,
      variables: { id: await owned(f) },
    }),
  },
  addMeeting: {
    allowed: managers,
    call: async (f) => ({
      query: `mutation ($id: ID!) { addMeeting(consultationId: $id, input: {
        title: "", kind: WORKSHOP, startsAt: "2026-01-02T00:00:00Z", endsAt: "2026-01-01T00:00:00Z" }) { id } }`,
      variables: { id: await owned(f) },
    }),
  },
};
