import { beforeAll, describe, expect, test } from 'vitest';
import { organisers, type SignedIn } from '../../../test/personas.js';
import { createConsultation } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { remark } from '../comments/comments.scenario.js';
import { setConsultationStatus } from '../consultations/consultations.scenario.js';
import {
  formalAuthor,
  hiddenAuthor,
  hiddenBody,
  reportScenario,
  title,
} from './reports.scenario.js';

const { db, services, request } = useTestServer();
let planner: SignedIn;
let otherPlanner: SignedIn;

beforeAll(async () => {
  ({ planner, otherPlanner } = await organisers(db, services));
});

type Remark = {
  number: number;
  body: string | null;
  hidden: boolean;
  district: string | null;
  parcels: string[];
  formal: unknown;
  decision: string;
};
type Report = {
  consultationReport: {
    consultation: { title: string; status: string; unit: { name: string } };
    published: boolean;
    totalRemarks: number;
    answeredRemarks: number;
    byStance: Record<string, number>;
    byTopic: { topic: { name: string } | null; count: number }[];
    byDistrict: { name: string | null; count: number }[];
    byDecision: { decision: string | null; count: number }[];
    meetings: { title: string; place: unknown }[];
    districts: { name: string | null; remarks: Remark[] }[];
  };
};

const reportQuery = `query ($id: ID!) { consultationReport(consultationId: $id) {
  consultation { title status unit { name } } published publishedAt totalRemarks answeredRemarks
  byStance { support objection proposal question } byTopic { topic { name } count }
  byDistrict { name count } byDecision { decision count } meetings { title place }
  districts { name remarks { number body hidden district parcels decision justification
    formal { name address propertyRight parcels } } } } }`;
const publish = `mutation ($id: ID!) { publishConsultationReport(consultationId: $id) {
  status reportPublishedAt } }`;

const report = (id: string, headers: Record<string, string> = {}) =>
  request<Report>(reportQuery, { id }, headers);

describe('consultationReport', () => {
  test('the draft: for planners of the unit, with formal remarks’ personal data', async () => {
    const { id } = await reportScenario(db, planner.user.id);
    const { body } = await report(id, planner.headers);
    const r = body.data?.consultationReport;
    expect(r).toMatchObject({
      consultation: { title, status: 'CLOSED', unit: { name: 'Urząd Dzielnicy Mokotów' } },
      published: false,
      totalRemarks: 4,
      answeredRemarks: 4,
      byStance: { support: 1, objection: 2, proposal: 1, question: 0 },
      byTopic: [
        { topic: null, count: 3 },
        { topic: { name: 'zieleń' }, count: 1 },
      ],
      byDecision: expect.arrayContaining([{ decision: 'REJECTED', count: 1 }]),
      meetings: [
        { title: 'Spacer po parku', place: { type: 'Point', coordinates: [21.0064, 52.2101] } },
      ],
    });
    // Each remark once, in the district of its representative point: the counts add up.
    expect(r?.byDistrict.reduce((sum, d) => sum + d.count, 0)).toBe(4);
    expect(r?.districts.map((d) => d.name)).toEqual(['Mokotów', 'Śródmieście']);
    const remarks = r?.districts.flatMap((d) => d.remarks) ?? [];
    expect(remarks.map((m) => m.number).sort()).toEqual([1, 2, 3, 4]);
    // The formal remark hidden after reports: listed, its text and author for the organiser.
    expect(remarks.find((m) => m.number === 4)).toMatchObject({
      body: hiddenBody,
      hidden: true,
      decision: 'ANSWERED',
      formal: hiddenAuthor,
    });
    expect(remarks.find((m) => m.number === 1)).toMatchObject({
      district: 'Mokotów',
      decision: 'REJECTED',
      parcels: formalAuthor.parcels,
      formal: formalAuthor,
    });
    expect(remarks.find((m) => m.number === 2)).toMatchObject({
      district: 'Śródmieście',
      formal: null,
    });
  });

  test('is NOT_FOUND to the public and to other units before it is published', async () => {
    const { id } = await reportScenario(db, planner.user.id);
    for (const headers of [{}, otherPlanner.headers]) {
      const { body } = await report(id, headers);
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'REPORT_NOT_PUBLISHED',
        field: 'consultationId',
      });
    }
  });

  test('once published it is public, without formal remarks’ personal data', async () => {
    const { id } = await reportScenario(db, planner.user.id);
    const published = await request(publish, { id }, planner.headers);
    expect(published.body.data?.publishConsultationReport).toMatchObject({ status: 'REPORTED' });
    const { body } = await report(id);
    const r = body.data?.consultationReport;
    expect(r).toMatchObject({ published: true, totalRemarks: 4 });
    const first = r?.districts[0]?.remarks[0];
    expect(first).toMatchObject({ number: 1, parcels: formalAuthor.parcels, formal: null });
    const hidden = r?.districts.flatMap((d) => d.remarks).find((m) => m.number === 4);
    expect(hidden).toMatchObject({ body: null, hidden: true, decision: 'ANSWERED' });
    expect(JSON.stringify(body)).not.toContain(formalAuthor.name);
    expect(JSON.stringify(body)).not.toContain(hiddenBody);
    const own = await report(id, planner.headers);
    expect(own.body.data?.consultationReport.districts[0]?.remarks[0]?.formal).toEqual(
      formalAuthor,
    );
  });

  test.each([
    ['an unknown id', '00000000-0000-4000-8000-000000000000'],
    ['a malformed id', 'x'],
  ])('%s is NOT_FOUND', async (_, id) => {
    const { body } = await report(id, planner.headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'consultationId',
    });
  });
});

describe('publishConsultationReport', () => {
  test('moves CLOSED to REPORTED with the date, audited', async () => {
    const { id } = await reportScenario(db, planner.user.id);
    const { body } = await request<{ publishConsultationReport: { reportPublishedAt: string } }>(
      publish,
      { id },
      planner.headers,
    );
    expect(body.data?.publishConsultationReport.reportPublishedAt).toBeTruthy();
    const events = await db.prisma.auditEvent.findMany({
      where: { action: 'consultation.report.publish', targetId: id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.before).toEqual({ status: 'CLOSED' });
  });

  test('is refused while remarks are unanswered, saying how many; nothing changes', async () => {
    const { id, authorId } = await reportScenario(db, planner.user.id);
    await remark(db, { consultationId: id, authorId });
    await remark(db, { consultationId: id, authorId, stance: 'QUESTION' });
    const { body } = await request(publish, { id }, planner.headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REPORT_REMARKS_UNANSWERED',
      field: 'consultationId',
      params: { unanswered: 2 },
    });
    expect(body.errors?.[0]?.message).toMatch(
      new RegExp(`2 remark\\(s\\) of consultation ${id} \\(0 of them hidden\\)`),
    );
    const row = await db.prisma.consultation.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.reportPublishedAt]).toEqual(['CLOSED', null]);
  });

  test('an unanswered hidden remark holds it up too, and the reason says so', async () => {
    const { id, authorId } = await reportScenario(db, planner.user.id);
    await remark(db, { consultationId: id, authorId, status: 'HIDDEN', formal: formalAuthor });
    await remark(db, { consultationId: id, authorId, status: 'WITHDRAWN' });
    const { body } = await request(publish, { id }, planner.headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      reason: 'REPORT_REMARKS_UNANSWERED',
      params: { unanswered: 1, hidden: 1 },
    });
  });

  test.each([['OPEN'], ['REPORTED']])('is refused from %s', async (status) => {
    const { id } = await reportScenario(db, planner.user.id);
    if (status === 'REPORTED') await request(publish, { id }, planner.headers);
    else await setConsultationStatus(db, id, 'OPEN');
    const { body } = await request(publish, { id }, planner.headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REPORT_CONSULTATION_NOT_CLOSED',
      field: 'consultationId',
      params: { status },
    });
    expect(body.errors?.[0]?.message).toMatch(status);
  });

  test('a planner of another unit is FORBIDDEN', async () => {
    const { id } = await createConsultation(db, { status: 'CLOSED' });
    const { body } = await request(publish, { id }, otherPlanner.headers);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
