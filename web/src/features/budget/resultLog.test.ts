import { describe, expect, it } from 'vitest';
import { parseResultLog, ruleKey } from './resultLog';

describe('parseResultLog', () => {
  it('reads the threshold, the lot and the skipped projects', () => {
    const log = JSON.stringify({
      minVotes: 3,
      unit: 'PLN',
      lot: { seed: 42, draws: [{ votes: 7, tied: ['a', 'b'], order: ['b', 'a'], funded: ['b'] }] },
      skippedForConflict: ['c'],
    });
    expect(parseResultLog(log)).toEqual({
      minVotes: 3,
      lot: { seed: 42, draws: [{ votes: 7, tied: ['a', 'b'], order: ['b', 'a'] }] },
      skippedForConflict: ['c'],
      officialFile: null,
      ballots: null,
    });
  });

  it('reads which Pabulib file an imported result comes from', () => {
    const log = parseResultLog(JSON.stringify({ officialFile: 'w.pb', ballots: 5867 }));
    expect(log).toMatchObject({ officialFile: 'w.pb', ballots: 5867, lot: null });
  });

  it('has no lot without draws, and nothing from a missing or broken log', () => {
    expect(
      parseResultLog(JSON.stringify({ minVotes: 0, lot: { seed: 1, draws: [] } })).lot,
    ).toBeNull();
    const none = {
      minVotes: null,
      lot: null,
      skippedForConflict: [],
      officialFile: null,
      ballots: null,
    };
    expect(parseResultLog(null)).toEqual(none);
    expect(parseResultLog('{oops')).toEqual(none);
    expect(parseResultLog('[1]')).toEqual({ ...none });
  });
});

describe('ruleKey', () => {
  it('names the rules the tally uses', () => {
    expect(ruleKey('greedy')).toBe('greedy');
    expect(ruleKey('equalshares/add1u')).toBe('add1u');
    expect(ruleKey('phragmen')).toBeNull();
  });
});
