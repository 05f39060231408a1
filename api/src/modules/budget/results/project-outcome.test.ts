import { describe, expect, it } from 'vitest';
import type { PoolTally } from '../tally/edition-tally.js';
import { projectOutcome } from './project-outcome.js';

const tally = (rule: PoolTally['rule'], selected: string[]): PoolTally => ({
  poolId: 'pool',
  rule,
  budgetGrosze: 100n,
  costGrosze: 0n,
  selected,
  votes: new Map(),
  log: { minVotes: 3, unit: 'PLN' },
});
const project = (ref: string, votes: number) => ({ ref, title: `Project ${ref}`, votes });
const none = new Set<string>();

describe('why a project was funded or not', () => {
  it('funded, or below the minimum votes', () => {
    expect(projectOutcome(tally('greedy', ['a']), project('a', 5), [], none).outcome).toBe(
      'FUNDED',
    );
    expect(projectOutcome(tally('greedy', []), project('b', 2), [], none).outcome).toBe(
      'BELOW_MIN_VOTES',
    );
  });

  it('not enough money under greedy, not enough support under Equal Shares', () => {
    const b = project('b', 4);
    expect(projectOutcome(tally('greedy', ['a']), b, [], none).outcome).toBe('NOT_ENOUGH_MONEY');
    expect(projectOutcome(tally('equalshares/add1', ['a']), b, [], none).outcome).toBe(
      'NOT_ENOUGH_SUPPORT',
    );
  });

  it('a conflict with a project funded before it: in an earlier pool, or with more votes', () => {
    const b = project('b', 4);
    expect(projectOutcome(tally('greedy', []), b, [project('x', 1)], new Set(['x']))).toEqual({
      outcome: 'CONFLICT',
      conflictWith: 'Project x',
    });
    const pool = tally('greedy', ['a', 'c']);
    expect(projectOutcome(pool, b, [project('a', 9)], none).conflictWith).toBe('Project a');
    // c, funded with fewer votes, came after b's turn: b lost for money, not to c.
    expect(projectOutcome(pool, b, [project('c', 2)], none).outcome).toBe('NOT_ENOUGH_MONEY');
  });
});
