import { isUuid } from '../../db/uuid.js';
import { badInput } from '../../errors/domain-error.js';

/** A position in the moderation queue: its report count (for MOST_REPORTED), wait and id. */
export type QueueKey = { reports: number; since: Date; id: string };

export function encodeQueueCursor({ reports, since, id }: QueueKey): string {
  return Buffer.from(`${reports}|${since.toISOString()}|${id}`).toString('base64url');
}

/** Only what encodeQueueCursor writes; anything else is refused naming `field`. */
export function decodeQueueCursor(cursor: string | null, field = 'after'): QueueKey | null {
  if (cursor == null) return null;
  const [count, iso, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const since = new Date(iso ?? '');
  const reports = Number(count);
  const written =
    /^\d{1,9}$/.test(count ?? '') &&
    !Number.isNaN(since.getTime()) &&
    since.toISOString() === iso &&
    isUuid(id ?? '');
  if (!written) throw badInput(field, 'is not a cursor from this list');
  return { reports, since, id: id as string };
}
