import type pg from 'pg';
import type { Queryable } from '../../db/sql.js';
import type { ConsultationStatus, ResponseDecision } from '../../generated/prisma/enums.js';
import type { OfficialResponse } from './response.type.js';

/** What answering a comment depends on: where it sits and the state of its consultation. */
export type ResponseTarget = {
  id: string;
  parentId: string | null;
  consultationId: string;
  unitId: string;
  consultationStatus: ConsultationStatus;
};

export type ResponseBefore = Pick<OfficialResponse, 'decision' | 'justification' | 'responderId'>;

const returning = `comment_id AS "commentId", responder_id AS "responderId", decision,
  justification, created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * The comments to answer with their consultations. FOR SHARE on the consultation makes
 * publishing the report (which locks it FOR UPDATE) wait for this transaction, and this one
 * wait for a publication in flight, then see its REPORTED status.
 */
export async function lockTargets(client: pg.ClientBase, ids: readonly string[]) {
  const { rows } = await client.query<ResponseTarget>(
    `SELECT c.id, c.parent_id AS "parentId", c.consultation_id AS "consultationId",
            k.unit_id AS "unitId", k.status AS "consultationStatus"
     FROM comment c JOIN consultation k ON k.id = c.consultation_id
     WHERE c.id = ANY($1::uuid[])
     FOR SHARE OF k`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** The responses as they stand, locked until the transaction writes the new ones. */
export async function lockResponses(client: pg.ClientBase, ids: readonly string[]) {
  const { rows } = await client.query<ResponseBefore & { commentId: string }>(
    `SELECT comment_id AS "commentId", decision, justification, responder_id AS "responderId"
     FROM official_response WHERE comment_id = ANY($1::uuid[]) FOR UPDATE`,
    [ids],
  );
  return new Map(rows.map(({ commentId, ...before }) => [commentId, before]));
}

/** Creates or replaces the one response of each comment; the last responder signs it. */
export async function upsertResponses(
  client: Queryable,
  ids: readonly string[],
  r: { responderId: string; decision: ResponseDecision; justification: string },
) {
  const { rows } = await client.query<OfficialResponse>(
    `INSERT INTO official_response (comment_id, responder_id, decision, justification)
     SELECT id, $2, $3::response_decision, $4 FROM unnest($1::uuid[]) AS id
     ON CONFLICT (comment_id) DO UPDATE SET responder_id = EXCLUDED.responder_id,
       decision = EXCLUDED.decision, justification = EXCLUDED.justification, updated_at = now()
     RETURNING ${returning}`,
    [ids, r.responderId, r.decision, r.justification],
  );
  return new Map(rows.map((row) => [row.commentId, row]));
}
