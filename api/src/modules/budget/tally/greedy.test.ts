import { describe, expect, it } from 'vitest';
import { greedy } from './greedy.js';
import type { BudgetInstance } from './instance.js';

/** Ballots giving each project the votes asked for: the i-th voter approves what has > i. */
function instance(
  budget: number,
  projects: [id: string, cost: number, votes: number][],
): BudgetInstance {
  const most = Math.max(...projects.map(([, , votes]) => votes));
  return {
    budget,
    projects: projects.map(([id, cost]) => ({ id, cost })),
    ballots: Array.from({ length: most }, (_, voter) =>
      projects.filter(([, , votes]) => votes > voter).map(([id]) => id),
    ),
  };
}

const pool = instance(12, [
  ['a', 6, 4],
  ['b', 5, 3],
  ['c', 4, 2],
  ['d', 1, 0],
  ['e', 1, 1],
]);

describe('greedy', () => {
  it('funds by votes, skips what no longer fits and keeps going', () => {
    expect(greedy(pool)).toEqual({ selected: ['a', 'b', 'e'], cost: 12 });
  });

  it('never funds a project without votes, even when it fits', () => {
    const spare = { ...pool, budget: 20 };
    expect(greedy(spare).selected).toEqual(['a', 'b', 'c', 'e']);
  });

  it('leaves out projects below minVotes', () => {
    expect(greedy({ ...pool, budget: 20 }, { minVotes: 2 }).selected).toEqual(['a', 'b', 'c']);
  });

  it('skips a project conflicting with one already funded', () => {
    expect(greedy(pool, { conflicts: [['b', 'a']] }).selected).toEqual(['a', 'c', 'e']);
  });

  it('breaks equal votes by lower cost, then numeric id', () => {
    const tied = instance(10, [
      ['10', 5, 2],
      ['9', 5, 2],
      ['8', 6, 2],
    ]);
    expect(greedy(tied).selected).toEqual(['9', '10']);
  });

  it('draws equal votes by a seeded lot, logs the draw, and replays it from the seed', () => {
    const tied = instance(5, [
      ['1', 5, 2],
      ['2', 5, 2],
      ['3', 1, 1],
    ]);
    const outcome = greedy(tied, { lotSeed: 42 });
    expect(outcome.lot?.seed).toBe(42);
    expect(outcome.lot?.draws).toHaveLength(1);
    const [draw] = outcome.lot?.draws ?? [];
    expect(draw?.votes).toBe(2);
    expect(draw?.tied).toEqual(['1', '2']);
    expect([...(draw?.order ?? [])].sort()).toEqual(['1', '2']);
    expect(draw?.funded).toEqual([draw?.order[0]]);
    expect(outcome.selected).toEqual([draw?.order[0]]);
    expect(greedy(tied, { lotSeed: 42 })).toEqual(outcome);
    const winners = new Set(
      Array.from({ length: 20 }, (_, seed) => greedy(tied, { lotSeed: seed }).selected[0]),
    );
    expect(winners).toEqual(new Set(['1', '2']));
  });

  it('refuses conflicts naming unknown projects and a bad seed', () => {
    expect(() => greedy(pool, { conflicts: [['a', 'z']] })).toThrow(/unknown project z/);
    expect(() => greedy(pool, { lotSeed: -1 })).toThrow(/lot seed/);
  });
});
