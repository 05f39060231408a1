import { isUuid } from '../../../db/uuid.js';
import { badInput } from '../../../errors/domain-error.js';
import type { CandidateKeyset } from './conflict-candidate.sql.js';

export function encodeCandidateCursor(k: CandidateKeyset): string {
  return Buffer.from(`${k.distanceMeters}|${k.projectId}|${k.otherProjectId}`).toString(
    'base64url',
  );
}

/** Only what encodeCandidateCursor writes: a distance and two project ids. */
export function decodeCandidateCursor(cursor: string | null | undefined): CandidateKeyset | null {
  if (cursor == null) return null;
  const [distance, projectId, otherProjectId] = Buffer.from(cursor, 'base64url')
    .toString()
    .split('|');
  const distanceMeters = Number(distance);
  if (
    distance === '' ||
    !Number.isFinite(distanceMeters) ||
    !projectId ||
    !isUuid(projectId) ||
    !otherProjectId ||
    !isUuid(otherProjectId)
  ) {
    throw badInput('after', 'is not a cursor from this list');
  }
  return { distanceMeters, projectId, otherProjectId };
}
