import { describe, expect, it } from 'vitest';
import { equalShares } from './equal-shares.js';
import { greedy } from './greedy.js';
import type { BudgetInstance } from './instance.js';
import { mesExact } from './mes-exact.js';
import { mesFast } from './mes-fast.js';
import { compileProfile } from './profile.js';

// Without conflicts every rule funds a, b and c (a and b split between voters 1 and 2).
const instance: BudgetInstance = {
  budget: 30,
  projects: [
    { id: 'a', cost: 10 },
    { id: 'b', cost: 10 },
    { id: 'c', cost: 10 },
  ],
  ballots: [['a', 'b'], ['a', 'b'], ['c']],
};
const conflicts = [['b', 'a']] as const;

describe('a conflict inside a pool: the project conflicting with a funded one is skipped', () => {
  it('without conflicts, all three are funded', () => {
    expect(equalShares(instance, { completion: 'ADD1' }).selected).toEqual(['a', 'b', 'c']);
  });

  it.each(['ADD1', 'ADD1U'] as const)('Equal Shares with %s, as greedy does', (completion) => {
    expect(equalShares(instance, { completion, conflicts }).selected).toEqual(['a', 'c']);
    expect(greedy(instance, { conflicts }).selected).toEqual(['a', 'c']);
  });

  it('the fast and the exact MES agree', () => {
    expect(mesFast(compileProfile(instance), 11)).toEqual([0, 1, 2]);
    const profile = compileProfile(instance, conflicts);
    expect(mesFast(profile, 11)).toEqual([0, 2]);
    expect(mesExact(profile, 11)).toEqual([0, 2]);
  });

  it('ADD1U does not fill the pool with a project ruled out by a conflict', () => {
    // MES at any share funds only a (c has no approvers); ADD1U's fill must not add b.
    const lone: BudgetInstance = {
      ...instance,
      ballots: [
        ['a', 'b'],
        ['a', 'b'],
      ],
    };
    expect(equalShares(lone, { completion: 'ADD1U', conflicts }).selected).toEqual(['a']);
  });
});
