import type { PabulibFile } from '../pabulib/pabulib.types.js';
import { TallyError } from './tally-error.js';

/**
 * What a rule needs: the pool, the projects and every approval ballot. Money is in whole
 * units of {@link moneyScale}: PLN when every amount is whole PLN, else grosze.
 */
export interface BudgetInstance {
  budget: number;
  projects: readonly { id: string; cost: number }[];
  /** One entry per voter: the ids of the projects they approve. */
  ballots: readonly (readonly string[])[];
}

/** A rule's outcome: funded project ids in the order the rule funded them. */
export interface TallyOutcome {
  selected: string[];
  /** In the instance's units. */
  cost: number;
}

/** Grosze per unit: 100 (whole PLN, so that Add1 steps by 1 PLN) when every amount allows, else 1. */
export function moneyScale(amountsGrosze: readonly bigint[]): bigint {
  return amountsGrosze.every((g) => g % 100n === 0n) ? 100n : 1n;
}

/** Grosze in units of `scale`, refused past the safe integers. */
export function toUnits(grosze: bigint, scale: bigint): number {
  const units = Number(grosze / scale);
  if (!Number.isSafeInteger(units)) throw new TallyError(`amount ${grosze} grosze is too large`);
  return units;
}

export function instanceFromPabulib(file: PabulibFile): BudgetInstance {
  const scale = moneyScale([file.budgetGrosze, ...file.projects.map((p) => p.costGrosze)]);
  return {
    budget: toUnits(file.budgetGrosze, scale),
    projects: file.projects.map(({ id, costGrosze }) => ({ id, cost: toUnits(costGrosze, scale) })),
    ballots: file.ballots.map((ballot) => ballot.vote),
  };
}

/** Approvals per project id; refuses ids, costs or ballots a rule cannot use. */
export function countApprovals(instance: BudgetInstance): Map<string, number> {
  if (!Number.isSafeInteger(instance.budget) || instance.budget < 0) {
    throw new TallyError(`budget ${instance.budget} is not a whole number`);
  }
  const approvals = new Map<string, number>();
  for (const { id, cost } of instance.projects) {
    if (approvals.has(id)) throw new TallyError(`project ${id} appears twice`);
    if (!Number.isSafeInteger(cost) || cost <= 0) {
      throw new TallyError(`project ${id} costs ${cost}, not a positive whole number`);
    }
    approvals.set(id, 0);
  }
  instance.ballots.forEach((ballot, voter) => {
    if (new Set(ballot).size !== ballot.length) {
      throw new TallyError(`ballot ${voter + 1} approves a project twice`);
    }
    for (const id of ballot) {
      const count = approvals.get(id);
      if (count === undefined)
        throw new TallyError(`ballot ${voter + 1} names unknown project ${id}`);
      approvals.set(id, count + 1);
    }
  });
  return approvals;
}

/** Numeric ids in numeric order, before any other id in code-point order. */
export function compareIds(a: string, b: string): number {
  const numeric = /^\d+$/;
  const aNumeric = numeric.test(a);
  const bNumeric = numeric.test(b);
  if (aNumeric && bNumeric) {
    const byNumber = Number(a) - Number(b);
    if (byNumber !== 0) return byNumber;
  } else if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The tie-break order every rule here uses: more approvers first, then lower cost, then
 * project id ({@link compareIds}). Being total, it makes every outcome deterministic.
 */
export function byApproversCostId(approvals: ReadonlyMap<string, number>) {
  return (a: { id: string; cost: number }, b: { id: string; cost: number }): number =>
    (approvals.get(b.id) ?? 0) - (approvals.get(a.id) ?? 0) ||
    a.cost - b.cost ||
    compareIds(a.id, b.id);
}

export function totalCost(instance: BudgetInstance, selected: readonly string[]): number {
  const costs = new Map(instance.projects.map((p) => [p.id, p.cost]));
  return selected.reduce((sum, id) => sum + (costs.get(id) ?? 0), 0);
}
