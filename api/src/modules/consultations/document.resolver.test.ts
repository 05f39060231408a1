import { beforeAll, describe, expect, test } from 'vitest';
import { organisers, type SignedIn } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';

const { db, services, request } = useTestServer();
let planner: SignedIn;
let otherPlanner: SignedIn;

beforeAll(async () => {
  ({ planner, otherPlanner } = await organisers(db, services));
});

/** The audit entries about a consultation, oldest first. */
async function auditOf(consultationId: string) {
  const { rows } = await db.pool.query<{ action: string; before: unknown; after: unknown }>(
    `SELECT action, before, after FROM audit_event
     WHERE target_type = 'Consultation' AND target_id = $1 ORDER BY id`,
    [consultationId],
  );
  return rows;
}

const addDocument = `mutation ($id: ID!, $input: DocumentInput!) {
  addConsultationDocument(consultationId: $id, input: $input) { id title url kind file { id } } }`;

describe('documents', () => {
  test('a link is added and removed, both audited', async () => {
    const { id } = await createConsultation(db, { status: 'DRAFT' });
    const input = {
      title: 'Prognoza',
      url: 'https://bip.warszawa.pl/prognoza.pdf',
      kind: 'FORECAST',
    };
    const added = await request<{ addConsultationDocument: { id: string } }>(
      addDocument,
      { id, input },
      planner.headers,
    );
    expect(added.body.data?.addConsultationDocument).toMatchObject({ ...input, file: null });
    const documentId = added.body.data?.addConsultationDocument.id;
    const removed = await request<{ removeConsultationDocument: { documents: unknown[] } }>(
      'mutation ($id: ID!) { removeConsultationDocument(id: $id) { id documents { id } } }',
      { id: documentId },
      planner.headers,
    );
    expect(removed.body.data?.removeConsultationDocument).toEqual({ id, documents: [] });
    expect(await auditOf(id)).toEqual([
      {
        action: 'document.add',
        before: null,
        after: { id: documentId, title: 'Prognoza', kind: 'FORECAST', url: input.url, file: null },
      },
      {
        action: 'document.remove',
        before: expect.objectContaining({ id: documentId, title: 'Prognoza', url: input.url }),
        after: null,
      },
    ]);
  });

  test.each([
    ['neither a link nor a file', {}],
    ['both', { url: 'https://example.org/a.pdf', fileId: '00000000-0000-0000-0000-000000000000' }],
  ])('%s is refused DOCUMENT_SOURCE_REQUIRED, nothing written', async (_, source) => {
    const { id } = await createConsultation(db, { status: 'DRAFT' });
    const { body } = await request(
      addDocument,
      { id, input: { title: 'Plan', kind: 'OTHER', ...source } },
      planner.headers,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      reason: 'DOCUMENT_SOURCE_REQUIRED',
      field: 'input.url',
    });
    expect(await auditOf(id)).toEqual([]);
  });

  test("a planner of another unit may not remove a consultation's document", async () => {
    const { id } = await createConsultation(db, { status: 'OPEN' });
    const input = { title: 'Plan', url: 'https://example.org/plan.pdf', kind: 'PLAN_TEXT' };
    const added = await request<{ addConsultationDocument: { id: string } }>(
      addDocument,
      { id, input },
      planner.headers,
    );
    const { body } = await request(
      'mutation ($id: ID!) { removeConsultationDocument(id: $id) { id } }',
      { id: added.body.data?.addConsultationDocument.id },
      otherPlanner.headers,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const meetingFields = 'id title kind startsAt endsAt place address onlineUrl';
const workshop = {
  title: 'Warsztaty',
  kind: 'WORKSHOP',
  startsAt: '2030-05-01T16:00:00.000Z',
  endsAt: '2030-05-01T18:00:00.000Z',
};

describe('meetings', () => {
  test('held at an address alone, then moved online, then removed: each audited', async () => {
    const { id } = await createConsultation(db, { status: 'OPEN' });
    const added = await request<{ addMeeting: { id: string } }>(
      `mutation ($id: ID!, $input: MeetingInput!) { addMeeting(consultationId: $id, input: $input) { ${meetingFields} } }`,
      { id, input: { ...workshop, address: '  Urząd Dzielnicy Mokotów, ul. Rakowiecka 25/27 ' } },
      planner.headers,
    );
    expect(added.body.data?.addMeeting).toMatchObject({
      place: null,
      address: 'Urząd Dzielnicy Mokotów, ul. Rakowiecka 25/27',
    });
    const meetingId = added.body.data?.addMeeting.id;
    const online = {
      ...workshop,
      title: 'Spotkanie online',
      onlineUrl: 'https://meet.example/plac',
    };
    const updated = await request<{ updateMeeting: unknown }>(
      `mutation ($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { ${meetingFields} } }`,
      { id: meetingId, input: online },
      planner.headers,
    );
    expect(updated.body.data?.updateMeeting).toEqual({
      id: meetingId,
      ...online,
      kind: 'WORKSHOP',
      place: null,
      address: null,
    });
    const removed = await request<{ removeMeeting: { meetings: unknown[] } }>(
      'mutation ($id: ID!) { removeMeeting(id: $id) { meetings { id } } }',
      { id: meetingId },
      planner.headers,
    );
    expect(removed.body.data?.removeMeeting.meetings).toEqual([]);
    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['meeting.add', 'meeting.update', 'meeting.remove']);
    expect(audit[1]).toMatchObject({
      before: { title: 'Warsztaty', address: 'Urząd Dzielnicy Mokotów, ul. Rakowiecka 25/27' },
      after: { title: 'Spotkanie online', onlineUrl: online.onlineUrl, address: null },
    });
  });

  test('a meeting with no point, address or link is refused MEETING_PLACE_REQUIRED', async () => {
    const { id } = await createConsultation(db, { status: 'OPEN' });
    const { body } = await request(
      'mutation ($id: ID!, $input: MeetingInput!) { addMeeting(consultationId: $id, input: $input) { id } }',
      { id, input: { ...workshop, address: '   ' } },
      planner.headers,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ reason: 'MEETING_PLACE_REQUIRED' });
  });

  test("a planner of another unit may not change or remove a consultation's meeting", async () => {
    const { id } = await createConsultation(db, { status: 'OPEN' });
    const added = await request<{ addMeeting: { id: string } }>(
      'mutation ($id: ID!, $input: MeetingInput!) { addMeeting(consultationId: $id, input: $input) { id } }',
      { id, input: { ...workshop, address: 'ul. Rakowiecka 25' } },
      planner.headers,
    );
    const meetingId = added.body.data?.addMeeting.id;
    for (const mutation of [
      'mutation ($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { id } }',
      'mutation ($id: ID!) { removeMeeting(id: $id) { id } }',
    ]) {
      const { body } = await request(
        mutation,
        { id: meetingId, input: { ...workshop, address: 'elsewhere' } },
        otherPlanner.headers,
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('editing a consultation', () => {
  test("an open consultation's new dates are audited, before and after", async () => {
    const { id } = await createConsultation(db, { status: 'OPEN' });
    const { rows } = await db.pool.query<{ closesAt: Date; opensAt: Date }>(
      'SELECT opens_at AS "opensAt", closes_at AS "closesAt" FROM consultation WHERE id = $1',
      [id],
    );
    const closesAt = '2030-01-31T23:00:00.000Z';
    const { body } = await request(
      'mutation ($id: ID!, $closesAt: DateTimeISO) { updateConsultation(id: $id, input: { closesAt: $closesAt }) { closesAt } }',
      { id, closesAt },
      planner.headers,
    );
    expect(body.errors).toBeUndefined();
    expect(await auditOf(id)).toEqual([
      {
        action: 'consultation.update',
        before: { status: 'OPEN', closesAt: rows[0]?.closesAt.toISOString() },
        after: { closesAt },
      },
    ]);
  });
});
