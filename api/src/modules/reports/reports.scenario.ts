import { createConsultation, createUser } from '../../../test/scenario.js';
import type { Database } from '../../db/database.js';
import { places, remark, reply, topicIds } from '../comments/comments.scenario.js';
import { setConsultationStatus } from '../consultations/consultations.scenario.js';

export const formalAuthor = {
  name: 'Jan Kowalski',
  address: 'ul. Puławska 1, 02-515 Warszawa',
  propertyRight: 'OWNER' as const,
  parcels: ['1-01-01/5'],
};

export const title = 'Park Dreszera & okolice: "plan" <2026>';

/**
 * A CLOSED consultation over Mokotów with three answered remarks (a formal one in Mokotów with
 * a script in its body, one in Śródmieście, a line across their border), plus a hidden remark
 * and a reply the report leaves out, and two meetings, one still to come.
 */
export async function reportScenario(db: Database, responderId: string) {
  const { id, unitId } = await createConsultation(db, { topics: ['zieleń'] });
  await db.pool.query('UPDATE consultation SET title = $2 WHERE id = $1', [id, title]);
  const topic = await topicIds(db, id);
  const authorId = (await createUser(db, 'author')).id;
  const base = { consultationId: id, authorId };
  const formal = await remark(db, {
    ...base,
    body: 'Nie zgadzam się <script>alert(1)</script>',
    topicId: topic.zieleń,
    formal: formalAuthor,
    createdAt: new Date('2026-03-01T10:00:00Z'),
  });
  const support = await remark(db, {
    ...base,
    geometry: places.srodmiescie,
    stance: 'SUPPORT',
    createdAt: new Date('2026-03-02T10:00:00Z'),
  });
  const line = await remark(db, {
    ...base,
    geometry: places.acrossBorder,
    stance: 'PROPOSAL',
    createdAt: new Date('2026-03-03T10:00:00Z'),
  });
  const hidden = await remark(db, { ...base, status: 'HIDDEN', body: 'Ukryta uwaga' });
  await reply(db, formal, authorId);
  for (const [commentId, decision] of [
    [formal, 'REJECTED'],
    [support, 'ANSWERED'],
    [line, 'ACCEPTED'],
  ]) {
    await db.pool.query(
      `INSERT INTO official_response (comment_id, responder_id, decision, justification)
       VALUES ($1, $2, $3::response_decision, 'Uzasadnienie ' || $3::text)`,
      [commentId, responderId, decision],
    );
  }
  await db.pool.query(
    `INSERT INTO meeting (consultation_id, title, kind, starts_at, ends_at, address, place)
     VALUES ($1, 'Spacer po parku', 'STUDY_WALK', '2026-03-05T16:00Z', '2026-03-05T18:00Z',
             'Park Dreszera', ST_SetSRID(ST_MakePoint(21.0064, 52.2101), 4326)),
            ($1, 'Spotkanie przyszłe', 'OPEN_MEETING', now() + interval '10 days',
             now() + interval '10 days 2 hours', 'Urząd', ST_SetSRID(ST_MakePoint(21.0, 52.2), 4326))`,
    [id],
  );
  await setConsultationStatus(db, id, 'CLOSED');
  return { id, unitId, formal, support, line, hidden, authorId };
}
