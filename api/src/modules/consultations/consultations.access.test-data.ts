import type { AccessRow, Fixtures, Persona } from '../../../test/access-matrix.js';
import { createConsultation } from '../../../test/scenario.js';

const managers: readonly Persona[] = ['plannerOfOwningUnit', 'admin'];

const owned = async (f: Fixtures) => (await createConsultation(f.db, { district: 'mokotow' })).id;

const ownedDocument = async (f: Fixtures) => {
  const { rows } = await f.db.pool.query<{ id: string }>(
    `INSERT INTO consultation_document (consultation_id, title, url, kind)
     VALUES ($1, 'Plan', 'https://example.org/plan.pdf', 'PLAN_TEXT') RETURNING id`,
    [await owned(f)],
  );
  return rows[0]?.id;
};

const ownedMeeting = async (f: Fixtures) => {
  const { rows } = await f.db.pool.query<{ id: string }>(
    `INSERT INTO meeting (consultation_id, title, kind, starts_at, ends_at, address)
     VALUES ($1, 'Spotkanie', 'OPEN_MEETING', now(), now() + interval '1 hour', 'ul. Rakowiecka 25')
     RETURNING id`,
    [await owned(f)],
  );
  return rows[0]?.id;
};

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
  removeConsultationDocument: {
    allowed: managers,
    call: async (f) => ({
      query: 'mutation ($id: ID!) { removeConsultationDocument(id: $id) { id } }',
      variables: { id: await ownedDocument(f) },
    }),
  },
  updateMeeting: {
    allowed: managers,
    // The end before the start: refused as bad input once access is granted.
    call: async (f) => ({
      query: `mutation ($id: ID!) { updateMeeting(id: $id, input: {
        title: "", kind: WORKSHOP, startsAt: "2026-01-02T00:00:00Z", endsAt: "2026-01-01T00:00:00Z" }) { id } }`,
      variables: { id: await ownedMeeting(f) },
    }),
  },
  removeMeeting: {
    allowed: managers,
    call: async (f) => ({
      query: 'mutation ($id: ID!) { removeMeeting(id: $id) { id } }',
      variables: { id: await ownedMeeting(f) },
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
