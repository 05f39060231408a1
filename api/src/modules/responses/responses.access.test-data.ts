import type { AccessRow, Fixtures, Persona } from '../../../test/access-matrix.js';
import { createConsultation } from '../../../test/scenario.js';
import { remark, reply as replyTo } from '../comments/comments.scenario.js';

const organiser: readonly Persona[] = ['plannerOfOwningUnit', 'admin'];

/**
 * A reply on a consultation of the owning unit: those allowed get past access and are refused
 * for answering a reply (BAD_USER_INPUT), so nothing is written.
 */
async function reply(f: Fixtures) {
  const { id: consultationId } = await createConsultation(f.db, { district: 'mokotow' });
  const authorId = await f.newUserId();
  return replyTo(f.db, await remark(f.db, { consultationId, authorId }), authorId);
}

/** Who may answer comments and publish the report: the organising unit's planners, admins. */
export const responsesAccess: Record<string, AccessRow> = {
  respondToComment: {
    allowed: organiser,
    call: async (f) => ({
      query: `mutation ($id: ID!) {
        respondToComment(commentId: $id, decision: ANSWERED, justification: "ok") { commentId } }`,
      variables: { id: await reply(f) },
    }),
  },
  respondToComments: {
    allowed: organiser,
    call: async (f) => ({
      query: `mutation ($ids: [ID!]!) {
        respondToComments(commentIds: $ids, decision: ANSWERED, justification: "ok") { commentId } }`,
      variables: { ids: [await reply(f)] },
    }),
  },
  publishConsultationReport: {
    // An OPEN consultation: those allowed are told it must be CLOSED first.
    allowed: organiser,
    call: async (f) => ({
      query: 'mutation ($id: ID!) { publishConsultationReport(consultationId: $id) { id } }',
      variables: { id: (await createConsultation(f.db, { district: 'mokotow' })).id },
    }),
  },
};
