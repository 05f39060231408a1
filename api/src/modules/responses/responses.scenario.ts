import { beforeAll } from 'vitest';
import { organisers, type SignedIn } from '../../../test/personas.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import type { Database } from '../../db/database.js';
import type { ResponseDecision } from '../../generated/prisma/enums.js';
import { remark as newRemark } from '../comments/comments.scenario.js';
import { upsertResponses } from './response.sql.js';

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
    planner: SignedIn;
    otherPlanner: SignedIn;
    admin: SignedIn;
    authorId: string;
  };

  beforeAll(async () => {
    Object.assign(people, await organisers(db, services));
    people.authorId = (await createUser(db, 'resident')).id;
  });

  /** A remark on a fresh OPEN consultation of a district's office. */
  async function remark(district = 'mokotow') {
    const { id: consultationId } = await createConsultation(db, { district });
    const id = await newRemark(db, { consultationId, authorId: people.authorId });
    return { consultationId, id };
  }

  const responseCount = (ids: string[]) =>
    db.prisma.officialResponse.count({ where: { commentId: { in: ids } } });

  return { ...server, people, remark, responseCount };
}

/** Test data: the same official response to each remark, stored as the responses module does. */
export const answer = (
  db: Database,
  commentIds: string[],
  response: { responderId: string; decision: ResponseDecision; justification: string },
) => upsertResponses(db.pool, commentIds, response);
