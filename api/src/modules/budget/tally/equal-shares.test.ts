import { describe, expect, it } from 'vitest';
import { equalShares, methodOfEqualShares } from './equal-shares.js';
import type { BudgetInstance } from './instance.js';

const ids = (costs: Record<string, number>) =>
  Object.entries(costs).map(([id, cost]) => ({ id, cost }));

/**
 * Projects 1 and 3 tie exactly at ρ/cost = 1/3 (3 approvers each, nobody capped), so the
 * lower cost, project 1, goes first; then 3 is no longer affordable. In floating point the
 * tie is broken by accident: (10/3)/10 = 0.33333333333333331 but (13/3)/13 =
 * 0.33333333333333326, and a float comparison would fund 3 instead.
 */
const floatTrap: BudgetInstance = {
  budget: 22,
  projects: ids({ 1: 10, 2: 7, 3: 13 }),
  ballots: [['1', '2', '3'], ['1', '3'], ['1'], ['3']],
};

describe('methodOfEqualShares', () => {
  it('decides an exact tie exactly, where floats would mislead', () => {
    expect(10 / 3 / 10).not.toBe(13 / 3 / 13);
    expect(methodOfEqualShares(floatTrap, 5)).toEqual({ selected: ['1'], cost: 10 });
  });

  it('splits a cost among approvers, those holding less paying all they have', () => {
    const instance: BudgetInstance = {
      budget: 0,
      projects: ids({ x: 12, y: 9, z: 5, w: 8 }),
      ballots: [['y', 'w'], ['y', 'w'], ['x', 'y'], ['x'], ['x', 'z'], ['x']],
    };
    // x first (4 approvers pay 3 each: 1/4); c is left with 2, so y costs c its last 2 and
    // a, b 3.5 each (ρ/cost 7/18), beating w (a, b pay 4 each: 1/2), which then no longer fits.
    expect(methodOfEqualShares(instance, 5)).toEqual({ selected: ['x', 'y'], cost: 21 });
  });

  it('breaks a tie by more approvers, though project ids say otherwise', () => {
    // After p0, voter a holds 0: p3 (a, b, c) and p2 (b, c) both cost b and c 8 each.
    const instance: BudgetInstance = {
      budget: 0,
      projects: ids({ p0: 40, 2: 16, 3: 16 }),
      ballots: [['p0', '3'], ['2', '3'], ['2', '3'], ['p0'], ['p0'], ['p0']],
    };
    expect(methodOfEqualShares(instance, 10).selected).toEqual(['p0', '3']);
  });

  it('breaks a tie by lower cost, though project ids say otherwise', () => {
    const instance: BudgetInstance = {
      budget: 0,
      projects: ids({ 1: 9, 2: 6 }),
      ballots: [['1', '2'], ['1', '2'], ['2'], ['1']],
    };
    expect(methodOfEqualShares(instance, 3).selected).toEqual(['2']);
  });

  it('breaks a tie between identical projects by numeric id', () => {
    const instance: BudgetInstance = {
      budget: 0,
      projects: ids({ 10: 4, 9: 4 }),
      ballots: [
        ['9', '10'],
        ['10', '9'],
      ],
    };
    expect(methodOfEqualShares(instance, 2).selected).toEqual(['9']);
  });
});

describe('equalShares', () => {
  it('raises the share by 1 PLN while the outcome fits and keeps the last that fits', () => {
    // Shares 5 and 6 fund {1} (10 PLN); share 7 funds {1, 3} (23 PLN), over the pool of 22.
    const outcome = equalShares(floatTrap, { completion: 'ADD1' });
    expect(outcome).toMatchObject({ selected: ['1'], cost: 10, perVoterBudget: 6, filled: [] });
  });

  it('logs the ties of the outcome it keeps, the one funded first', () => {
    // Share 6: 1 and 3 tie at 1/3; 1 wins by its lower cost, and 3 no longer fits.
    expect(equalShares(floatTrap, { completion: 'ADD1' }).ties).toEqual([['1', '3']]);
    const untied = { ...floatTrap, ballots: [...floatTrap.ballots, ['1']] };
    expect(equalShares(untied, { completion: 'ADD1' }).ties).toEqual([]);
  });

  it('with ADD1U fills what is left greedily by approvers', () => {
    // 12 PLN left: project 3 (3 approvers, 13 PLN) does not fit, project 2 (7 PLN) does.
    const outcome = equalShares(floatTrap, { completion: 'ADD1U' });
    expect(outcome).toMatchObject({
      selected: ['1', '2'],
      cost: 17,
      equalShares: ['1'],
      filled: ['2'],
    });
  });

  it('funds every approved project when they all fit, never an unapproved one', () => {
    const instance: BudgetInstance = {
      budget: 100,
      projects: ids({ a: 30, b: 60, c: 5 }),
      ballots: [['a'], ['b']],
    };
    expect(equalShares(instance, { completion: 'ADD1' }).selected.sort()).toEqual(['a', 'b']);
  });

  it('funds nothing without ballots', () => {
    const instance: BudgetInstance = { budget: 100, projects: ids({ a: 30 }), ballots: [] };
    expect(equalShares(instance, { completion: 'ADD1U' })).toMatchObject({ selected: [], cost: 0 });
  });
});
