import { describe, expect, test } from 'vitest';
import { commentsOpen } from './commentsOpen';

const now = new Date('2027-06-01T12:00:00Z');
const phase = (endsAt: string) => ({ endsAt });

describe('commentsOpen', () => {
  test('open until the last phase ends, whatever the order of the phases', () => {
    const edition = { phases: [phase('2027-07-01T00:00:00Z'), phase('2027-03-01T00:00:00Z')] };
    expect(commentsOpen(edition, now)).toBe(true);
  });

  test('closed once every phase has ended (the edition is archived)', () => {
    const edition = { phases: [phase('2027-03-01T00:00:00Z'), phase('2027-06-01T12:00:00Z')] };
    expect(commentsOpen(edition, now)).toBe(false);
  });

  test('open while the edition has no schedule or is not known yet', () => {
    expect(commentsOpen({ phases: [] }, now)).toBe(true);
    expect(commentsOpen(null, now)).toBe(true);
  });
});
