import { expect, it } from 'vitest';
import { tallyEditionPools } from './edition-tally.js';

it('Equal Shares honours a conflict inside a pool, skipping the later project', () => {
  const [pool] = tallyEditionPools({
    rule: 'EQUAL_SHARES',
    completion: 'ADD1',
    lotSeed: 1,
    minVotes: { AREA: 1, CITYWIDE: 1 },
    pools: [{ id: 'p', kind: 'AREA', amountGrosze: 3000n }],
    projects: ['a', 'b', 'c'].map((ref) => ({ ref, poolId: 'p', costGrosze: 1000n })),
    ballots: [
      { poolId: 'p', refs: ['a', 'b'] },
      { poolId: 'p', refs: ['a', 'b'] },
      { poolId: 'p', refs: ['c'] },
    ],
    conflicts: [['a', 'b']],
  });
  expect(pool?.rule).toBe('equalshares/add1');
  expect(pool?.selected).toEqual(['a', 'c']);
  expect(pool?.costGrosze).toBe(2000n);
});
