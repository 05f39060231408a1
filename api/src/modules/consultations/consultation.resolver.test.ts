import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { createConsultation, unitBySlug } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { updateConsultation } from './consultation.sql.js';

const { db, services, request, gql } = useTestServer();
type Persona = Awaited<ReturnType<typeof signedInUser>>;
let planner: Persona;
let otherPlanner: Persona;
let mokotowOffice: { id: string };

beforeAll(async () => {
  mokotowOffice = await unitBySlug(db, 'urzad-dzielnicy-mokotow');
  const wola = await unitBySlug(db, 'urzad-dzielnicy-wola');
  planner = await signedInUser(db, services, 'planner', {
    roles: [{ role: 'PLANNER', unitId: mokotowOffice.id }],
  });
  otherPlanner = await signedInUser(db, services, 'other', {
    roles: [{ role: 'PLANNER', unitId: wola.id }],
  });
});

const create = `mutation ($unit: ID!, $input: ConsultationInput!) {
  createConsultation(unitId: $unit, input: $input) { id title status topics { name } unit { slug } area(simplify: 0.001) } }`;
const step =
  'mutation ($id: ID!, $s: ConsultationStatus!) { changeConsultationStatus(id: $id, status: $s) { status } }';
type Created = { createConsultation: { id: string; status: string; area: { type: string } } };

async function createDraft(title = 'Park Dreszera: redesign') {
  const { body } = await request<Created>(
    create,
    {
      unit: mokotowOffice.id,
      input: {
        title,
        summary: 'Żoliborz and Mokotów residents',
        topics: ['zieleń', 'ruch'],
        opensAt: '2026-01-01T00:00:00Z',
        closesAt: '2027-01-01T00:00:00Z',
      },
    },
    planner.headers,
  );
  return body.data?.createConsultation.id ?? '';
}

describe('running a consultation', () => {
  test("a planner creates a DRAFT over the unit's district by default, audited", async () => {
    const { body } = await request<Created>(
      create,
      { unit: mokotowOffice.id, input: { title: 'Ulica Puławska', topics: ['ruch'] } },
      planner.headers,
    );
    expect(body.data?.createConsultation).toMatchObject({
      status: 'DRAFT',
      topics: [{ name: 'ruch' }],
      unit: { slug: 'urzad-dzielnicy-mokotow' },
    });
    expect(body.data?.createConsultation.area.type).toBe('MultiPolygon');
    expect(
      await db.prisma.auditEvent.count({
        where: { targetId: body.data?.createConsultation.id, action: 'consultation.create' },
      }),
    ).toBe(1);
  });

  test('a draft is hidden from the public and from planners of other units', async () => {
    const id = await createDraft();
    const publicView = await gql('query ($id: ID!) { consultation(id: $id) { id } }', { id });
    expect(publicView.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const other = await request(
      'query ($id: ID!) { consultation(id: $id) { id } }',
      { id },
      otherPlanner.headers,
    );
    expect(other.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test('steps through the statuses one at a time; skipping one is refused', async () => {
    const id = await createDraft();
    const skip = await request(step, { id, s: 'OPEN' }, planner.headers);
    expect(skip.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CONSULTATION_STATUS_STEP_INVALID',
      field: 'status',
      params: { from: 'DRAFT', to: 'OPEN', next: 'ANNOUNCED' },
    });
    for (const s of ['ANNOUNCED', 'OPEN', 'CLOSED']) {
      expect((await request(step, { id, s }, planner.headers)).body.data).toEqual({
        changeConsultationStatus: { status: s },
      });
    }
    const reported = await request(step, { id, s: 'REPORTED' }, planner.headers);
    expect(reported.body.errors?.[0]?.message).toMatch(/publishing the report/);
    expect(reported.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'CONSULTATION_STATUS_BY_REPORT',
    });
  });

  test('a planner of another unit may not change it', async () => {
    const id = await createDraft();
    await request(step, { id, s: 'ANNOUNCED' }, planner.headers);
    const { body } = await request(step, { id, s: 'OPEN' }, otherPlanner.headers);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('documents and meetings, with a place on the map', async () => {
    const id = await createDraft();
    await request(
      'mutation ($id: ID!) { addConsultationDocument(consultationId: $id, input: { title: "Projekt planu", url: "https://bip.warszawa.pl/plan.pdf", kind: PLAN_TEXT }) { id } }',
      { id },
      planner.headers,
    );
    const meeting = await request(
      `mutation ($id: ID!, $input: MeetingInput!) { addMeeting(consultationId: $id, input: $input) { kind place } }`,
      {
        id,
        input: {
          title: 'Spacer badawczy',
          kind: 'STUDY_WALK',
          startsAt: '2026-12-05T10:00:00Z',
          endsAt: '2026-12-05T12:00:00Z',
          place: { type: 'Point', coordinates: [21.0064, 52.2101] },
          address: 'Park Dreszera',
        },
      },
      planner.headers,
    );
    expect(meeting.body.data).toEqual({
      addMeeting: { kind: 'STUDY_WALK', place: { type: 'Point', coordinates: [21.0064, 52.2101] } },
    });
    const { body } = await request<{ consultation: { documents: unknown[]; meetings: unknown[] } }>(
      'query ($id: ID!) { consultation(id: $id) { documents { title kind } meetings { title address } } }',
      { id },
      planner.headers,
    );
    expect(body.data?.consultation).toEqual({
      documents: [{ title: 'Projekt planu', kind: 'PLAN_TEXT' }],
      meetings: [{ title: 'Spacer badawczy', address: 'Park Dreszera' }],
    });
  });

  test('coordinators are named, replaced and audited; an unknown user names userIds', async () => {
    const id = await createDraft();
    const set = `mutation ($id: ID!, $users: [ID!]!) {
      setConsultationCoordinators(consultationId: $id, userIds: $users) { coordinators { id displayName } } }`;
    const { body } = await request(set, { id, users: [planner.user.id] }, planner.headers);
    expect(body.data).toEqual({
      setConsultationCoordinators: {
        coordinators: [{ id: planner.user.id, displayName: 'planner' }],
      },
    });
    const unknown = await request(
      set,
      { id, users: ['00000000-0000-0000-0000-000000000000'] },
      planner.headers,
    );
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'userIds',
    });
    expect(await db.prisma.consultationCoordinator.count({ where: { consultationId: id } })).toBe(
      1,
    );
    expect(
      await db.prisma.auditEvent.count({
        where: { targetId: id, action: 'consultation.coordinators' },
      }),
    ).toBe(1);
  });

  test('the description is rendered to HTML with raw HTML escaped', async () => {
    const { id } = await createConsultation(db);
    await db.pool.query('UPDATE consultation SET description = $2 WHERE id = $1', [
      id,
      '**Ważne** <script>alert(1)</script> [x](javascript:alert(1))',
    ]);
    const { data } = await gql<{ consultation: { descriptionHtml: string } }>(
      'query ($id: ID!) { consultation(id: $id) { descriptionHtml } }',
      { id },
    );
    expect(data?.consultation.descriptionHtml).toContain('<strong>Ważne</strong>');
    expect(data?.consultation.descriptionHtml).not.toContain('<script>');
    expect(data?.consultation.descriptionHtml).not.toContain('href="javascript:');
  });
});

describe('bad input names the field and writes nothing', () => {
  test.each([
    ['a short title', { title: 'ab' }, 'input.title', 'INPUT_TOO_SHORT'],
    [
      'dates in the wrong order',
      { title: 'Plan', opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-04-01T00:00:00Z' },
      'input.closesAt',
      'CONSULTATION_PERIOD_INVALID',
    ],
    [
      'a point for an area',
      { title: 'Plan', area: { type: 'Point', coordinates: [21, 52.2] } },
      'input.area',
      'GEOMETRY_TYPE_NOT_ALLOWED',
    ],
    [
      'a bowtie area',
      {
        title: 'Plan',
        area: {
          type: 'Polygon',
          coordinates: [
            [
              [21, 52],
              [21.1, 52.1],
              [21.1, 52],
              [21, 52.1],
              [21, 52],
            ],
          ],
        },
      },
      'input.area',
      'GEOMETRY_INVALID',
    ],
    ['an empty topic', { title: 'Plan', topics: [' '] }, 'input.topics[0]', 'INPUT_REQUIRED'],
  ])('%s', async (_, input, field, reason) => {
    const before = await db.prisma.consultation.count();
    const { body } = await request(create, { unit: mokotowOffice.id, input }, planner.headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
    expect(await db.prisma.consultation.count()).toBe(before);
  });

  test('an unknown unit', async () => {
    const { body } = await request(
      create,
      { unit: '00000000-0000-0000-0000-000000000000', input: { title: 'Plan' } },
      planner.headers,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
  });
});

describe('finding consultations', () => {
  const find = `query ($f: ConsultationsFilter, $first: Int, $after: String) {
    consultations(filter: $f, first: $first, after: $after) { totalCount edges { node { id title } } pageInfo { hasNextPage endCursor } } }`;
  type Page = {
    consultations: {
      totalCount: number;
      edges: { node: { id: string; title: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };
  let zoliborz: string;
  let mokotow: string;
  // The server database keeps earlier runs' consultations; this run's title is its own.
  const run = randomUUID().slice(0, 8);

  beforeAll(async () => {
    zoliborz = (await createConsultation(db, { district: 'zoliborz' })).id;
    mokotow = (await createConsultation(db, { district: 'mokotow' })).id;
    const title = `Rewitalizacja placu Wilsona, Żoliborz ${run}`;
    await updateConsultation(db.pool, zoliborz, { title, area: null });
  });

  const ids = (page: Page | null | undefined) =>
    page?.consultations.edges.map((e) => e.node.id) ?? [];

  test('by text, without the accents', async () => {
    const { data } = await gql<Page>(find, { f: { text: `placu wilsona, zoliborz ${run}` } });
    expect(ids(data)).toEqual([zoliborz]);
  });

  test('near a point, and within a bbox', async () => {
    const near = await gql<Page>(find, {
      f: {
        near: { type: 'Point', coordinates: [21.0064, 52.2101] },
        radiusMeters: 10,
        status: ['OPEN'],
      },
    });
    expect(ids(near.data)).toContain(mokotow);
    expect(ids(near.data)).not.toContain(zoliborz);
    const box = await gql<Page>(find, { f: { bbox: [20.97, 52.26, 20.99, 52.27] } });
    expect(ids(box.data)).toContain(zoliborz);
    expect(ids(box.data)).not.toContain(mokotow);
  });

  test('pages with a stable cursor and a total', async () => {
    const first = await gql<Page>(find, { first: 1, f: { status: ['OPEN'] } });
    const second = await gql<Page>(find, {
      first: 1,
      after: first.data?.consultations.pageInfo.endCursor,
      f: { status: ['OPEN'] },
    });
    expect(first.data?.consultations.totalCount).toBeGreaterThanOrEqual(2);
    expect(first.data?.consultations.pageInfo.hasNextPage).toBe(true);
    expect(ids(second.data)[0]).not.toBe(ids(first.data)[0]);
  });

  test.each([
    [{ bbox: [21, 52] }, 'filter.bbox'],
    [{ near: { type: 'Point', coordinates: [21, 52] } }, 'filter.radiusMeters'],
    [{ intersecting: { type: 'MultiPoint', coordinates: [[21, 52]] } }, 'filter.intersecting'],
  ])('refuses %o', async (f, field) => {
    const { errors } = await gql(find, { f });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('refuses a cursor not from the list', async () => {
    const { errors } = await gql(find, { after: 'bogus' });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
