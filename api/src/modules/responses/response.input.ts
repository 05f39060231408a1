import { isUuid } from '../../db/uuid.js';
import { badInput, notFound } from '../../errors/domain-error.js';

export const maxBulkResponses = 200;
const maxJustification = 10_000;

/** The justification as stored: trimmed, 1 to 10,000 characters (the table's own limit). */
export function checkJustification(text: string, field = 'justification') {
  const trimmed = text.trim();
  if (trimmed.length < 1 || trimmed.length > maxJustification) {
    const problem = `must be 1 to ${maxJustification} characters; it has ${trimmed.length}`;
    if (trimmed.length < 1) throw badInput(field, problem, 'INPUT_REQUIRED');
    throw badInput(field, problem, 'INPUT_TOO_LONG', { max: maxJustification });
  }
  return trimmed;
}

/** 1 to 200 ids, each a UUID; a malformed id cannot name a comment, so it is NOT_FOUND. */
export function checkCommentIds(ids: readonly string[], fieldOf: (index: number) => string) {
  if (ids.length < 1 || ids.length > maxBulkResponses) {
    const problem = `give 1 to ${maxBulkResponses} comment ids; got ${ids.length}`;
    throw badInput('commentIds', problem, 'INPUT_OUT_OF_RANGE', { min: 1, max: maxBulkResponses });
  }
  ids.forEach((id, i) => {
    if (!isUuid(id)) throw notFound(`No comment has id "${id}".`, fieldOf(i));
  });
}
