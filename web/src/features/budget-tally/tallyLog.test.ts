import { describe, expect, it } from 'vitest';
import { tiesOf } from './tallyLog';

describe("a tally's ties", () => {
  it("reads greedy's lot draws and Equal Shares' ties", () => {
    const log = JSON.stringify({
      minVotes: 1,
      lot: { seed: 7, draws: [{ votes: 3, tied: ['a', 'b'], order: ['b', 'a'], funded: ['b'] }] },
      ties: [['c', 'd']],
    });
    expect(tiesOf(log)).toEqual({
      seed: 7,
      draws: [{ votes: 3, tied: ['a', 'b'], order: ['b', 'a'] }],
      mesTies: [['c', 'd']],
    });
  });

  it('has none in a log without them, or no log, or a malformed one', () => {
    const none = { seed: null, draws: [], mesTies: [] };
    expect(tiesOf(JSON.stringify({ minVotes: 1 }))).toEqual(none);
    expect(tiesOf(null)).toEqual(none);
    expect(tiesOf('{"ties": [[1, 2]]')).toEqual(none);
  });
});
