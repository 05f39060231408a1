import { createConsultation, createUser } from '../../../test/scenario.js';
import type { Database } from '../../db/database.js';
import { places, point, remark, reply, topicIds } from '../comments/comments.scenario.js';
import { updateConsultation } from '../consultations/consultation.sql.js';
import { setConsultationStatus } from '../consultations/consultations.scenario.js';
import { insertMeeting } from '../consultations/meeting.sql.js';
import { answer } from '../responses/responses.scenario.js';

export const formalAuthor = {
  name: 'Jan Kowalski',
  address: 'ul. Puławska 1, 02-515 Warszawa',
  propertyRight: 'OWNER' as const,
  parcels: ['1-01-01/5'],
};

export const title = 'Park Dreszera & okolice: "plan" <2026>';

export const hiddenAuthor = { ...formalAuthor, name: 'Anna Nowak' };
export const hiddenBody = 'Ukryta uwaga formalna';

/**
 * A CLOSED consultation over Mokotów with four answered remarks (a formal one in Mokotów with
 * a script in its body, one in Śródmieście, a line across their border, and a formal one hidden
 * after reports, which the report lists with its text withheld from the public), a reply the
 * report leaves out, and two meetings, one still to come.
 */
export async function reportScenario(db: Database, responderId: string) {
  const { id, unitId } = await createConsultation(db, { topics: ['zieleń'] });
  await updateConsultation(db.pool, id, { title, area: null });
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
  const hidden = await remark(db, {
    ...base,
    status: 'HIDDEN',
    body: hiddenBody,
    formal: hiddenAuthor,
    createdAt: new Date('2026-03-04T10:00:00Z'),
  });
  await reply(db, formal, authorId);
  const decisions = [
    [formal, 'REJECTED'],
    [support, 'ANSWERED'],
    [line, 'ACCEPTED'],
    [hidden, 'ANSWERED'],
  ] as const;
  for (const [commentId, decision] of decisions) {
    await answer(db, [commentId], {
      responderId,
      decision,
      justification: `Uzasadnienie ${decision}`,
    });
  }
  const inDays = (days: number, hours = 0) =>
    new Date(Date.now() + (days * 24 + hours) * 3_600_000);
  const meeting = { consultationId: id, onlineUrl: null };
  await insertMeeting(db.pool, {
    ...meeting,
    title: 'Spacer po parku',
    kind: 'STUDY_WALK',
    startsAt: new Date('2026-03-05T16:00Z'),
    endsAt: new Date('2026-03-05T18:00Z'),
    address: 'Park Dreszera',
    place: point([21.0064, 52.2101]),
  });
  await insertMeeting(db.pool, {
    ...meeting,
    title: 'Spotkanie przyszłe',
    kind: 'OPEN_MEETING',
    startsAt: inDays(10),
    endsAt: inDays(10, 2),
    address: 'Urząd',
    place: point([21.0, 52.2]),
  });
  await setConsultationStatus(db, id, 'CLOSED');
  return { id, unitId, formal, support, line, hidden, authorId };
}
