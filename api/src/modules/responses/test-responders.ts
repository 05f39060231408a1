import { beforeAll } from 'vitest';
import { signedInUser } from '../../../test/personas.js';
import { createConsultation, createUser, unitBySlug } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { insertComment } from './test-comments.js';

type Persona = Awaited<ReturnType<typeof signedInUser>>;

export const respond = `mutation ($id: ID!, $d: ResponseDecision!, $j: String!) {
  respondToComment(commentId: $id, decision: $d, justification: $j) {
    commentId decision justification createdAt updatedAt responder { displayName } } }`;
export const respondMany = `mutation ($ids: [ID!]!, $d: ResponseDecision!, $j: String!) {
  respondToComments(commentIds: $ids, decision: $d, justification: $j) { commentId decision } }`;

/**
 * The test server with those who answer comments: a planner of Mokotów's office, one of
 * Wola's, an admin, and a resident who writes the remarks.
 */
export function useResponders() {
  const server = useTestServer();
  const { db, services } = server;
  const people = {} as {
    planner: Persona;
    otherPlanner: Persona;
    admin: Persona;
    authorId: string;
  };

  beforeAll(async () => {
    const mokotow = await unitBySlug(db, 'urzad-dzielnicy-mokotow');
    const wola = await unitBySlug(db, 'urzad-dzielnicy-wola');
    people.planner = await signedInUser(db, services, 'planner', {
      roles: [{ role: 'PLANNER', unitId: mokotow.id }],
    });
    people.otherPlanner = await signedInUser(db, services, 'wola planner', {
      roles: [{ role: 'PLANNER', unitId: wola.id }],
    });
    people.admin = await signedInUser(db, services, 'admin', { roles: [{ role: 'ADMIN' }] });
    people.authorId = (await createUser(db, 'resident')).id;
  });

  /** A remark on a fresh OPEN consultation of a district's office. */
  async function remark(district = 'mokotow') {
    const { id: consultationId } = await createConsultation(db, { district });
    const id = await insertComment(db, { consultationId, authorId: people.authorId });
    return { consultationId, id };
  }

  const responseCount = (ids: string[]) =>
    db.prisma.officialResponse.count({ where: { commentId: { in: ids } } });

  return { ...server, people, remark, responseCount };
}
