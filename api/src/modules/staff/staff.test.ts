import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { type SignedIn, signedInUser } from '../../../test/personas.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import type { ConsultationStatus } from '../../generated/prisma/enums.js';
import { remark, reply } from '../comments/comments.scenario.js';
import { answer } from '../responses/responses.scenario.js';

const { db, services, request } = useTestServer();

type Overview = {
  consultationsByStatus: { status: string; count: number }[];
  awaitingAnswer: {
    consultationId: string;
    unanswered: number;
    unansweredHidden: number;
    consultation: { id: string; status: string };
  }[];
  awaitingAnswerTotal: number;
  moderationQueueSize: number | null;
};

const query = `{ staffOverview { consultationsByStatus { status count }
  awaitingAnswer { consultationId unanswered unansweredHidden consultation { id status } }
  awaitingAnswerTotal moderationQueueSize } }`;

const overview = async (headers: Record<string, string>) => {
  const { body } = await request<{ staffOverview: Overview }>(query, {}, headers);
  return { data: body.data?.staffOverview, errors: body.errors };
};

// A unit of this file's own, so that other files' consultations do not change its counts.
let unitId: string;
let planner: SignedIn;
const ids: Record<string, string> = {};

async function consultation(status: ConsultationStatus) {
  const { id } = await createConsultation(db, { status: status === 'DRAFT' ? 'DRAFT' : 'OPEN' });
  await db.pool.query(
    `UPDATE consultation SET unit_id = $2, status = $3::consultation_status,
       report_published_at = CASE WHEN $3 = 'REPORTED' THEN now() END WHERE id = $1`,
    [id, unitId, status],
  );
  return id;
}

beforeAll(async () => {
  const unit = await db.prisma.organisationUnit.create({
    data: { kind: 'CITY_BUREAU', name: `Biuro ${randomUUID()}`, slug: `biuro-${randomUUID()}` },
  });
  unitId = unit.id;
  planner = await signedInUser(db, services, 'planner', { roles: [{ role: 'PLANNER', unitId }] });
  const authorId = (await createUser(db, 'author')).id;
  ids.draft = await consultation('DRAFT');
  ids.open = await consultation('OPEN');
  ids.closed = await consultation('CLOSED');
  ids.reported = await consultation('REPORTED');
  // Open: one answered, one unanswered, one hidden unanswered, one withdrawn, one reply.
  const on = (consultationId: string, status?: 'HIDDEN' | 'WITHDRAWN') =>
    remark(db, { consultationId, authorId, ...(status && { status }) });
  const answered = await on(ids.open);
  await answer(db, [answered], {
    responderId: planner.user.id,
    decision: 'ANSWERED',
    justification: 'Odpowiedź',
  });
  await reply(db, await on(ids.open), authorId);
  await on(ids.open, 'HIDDEN');
  await on(ids.open, 'WITHDRAWN');
  // Closed: three unanswered, so it comes first.
  for (let i = 0; i < 3; i++) await on(ids.closed);
});

describe('staffOverview', () => {
  test("a planner sees their unit's consultations by status, drafts included", async () => {
    const { data, errors } = await overview(planner.headers);
    expect(errors).toBeUndefined();
    expect(data?.consultationsByStatus).toEqual([
      { status: 'DRAFT', count: 1 },
      { status: 'ANNOUNCED', count: 0 },
      { status: 'OPEN', count: 1 },
      { status: 'CLOSED', count: 1 },
      { status: 'REPORTED', count: 1 },
    ]);
  });

  test('remarks awaiting an answer: per consultation, most first, hidden ones apart', async () => {
    const { data } = await overview(planner.headers);
    expect(data?.awaitingAnswer).toEqual([
      {
        consultationId: ids.closed,
        unanswered: 3,
        unansweredHidden: 0,
        consultation: { id: ids.closed, status: 'CLOSED' },
      },
      {
        consultationId: ids.open,
        unanswered: 1,
        unansweredHidden: 1,
        consultation: { id: ids.open, status: 'OPEN' },
      },
    ]);
    expect(data?.awaitingAnswerTotal).toBe(4);
  });

  test('the moderation queue size is for moderators and admins only', async () => {
    expect((await overview(planner.headers)).data?.moderationQueueSize).toBeNull();
    const moderator = await signedInUser(db, services, 'mod', { roles: [{ role: 'MODERATOR' }] });
    const { data } = await overview(moderator.headers);
    expect(data?.moderationQueueSize).toEqual(expect.any(Number));
    // A moderator runs no unit: no consultations of their own.
    expect(data?.consultationsByStatus.every((s) => s.count === 0)).toBe(true);
    expect(data?.awaitingAnswer).toEqual([]);
  });

  test('an admin sees every unit', async () => {
    const admin = await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] });
    const { data } = await overview(admin.headers);
    const open = data?.consultationsByStatus.find((s) => s.status === 'OPEN')?.count ?? 0;
    expect(open).toBeGreaterThanOrEqual(1);
    expect(data?.moderationQueueSize).toEqual(expect.any(Number));
  });

  test('a resident is refused with a reason, and nothing leaks', async () => {
    const resident = await signedInUser(db, services, 'resident', { verified: true });
    for (const headers of [resident.headers, {}]) {
      const { body } = await request(query, {}, headers);
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    }
    const { body } = await request(query, {}, resident.headers);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_REQUIRED',
    });
  });
});
