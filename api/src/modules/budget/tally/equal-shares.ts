import type { BudgetInstance, TallyOutcome } from './instance.js';
import { mesExact } from './mes-exact.js';
import { mesFast } from './mes-fast.js';
import { fastState } from './mes-fast-price.js';
import { compileProfile, type MesTie, type Profile } from './profile.js';
import { TallyError } from './tally-error.js';

export type Completion = 'ADD1' | 'ADD1U';

export interface EqualSharesOptions {
  completion: Completion;
  /** As in greedy: a project conflicting with one already funded is skipped. */
  conflicts?: readonly (readonly [string, string])[];
}

export interface EqualSharesOutcome extends TallyOutcome {
  /** The whole-PLN share per voter whose MES outcome Add1 kept. */
  perVoterBudget: number;
  /** What MES funded at that share, in order. */
  equalShares: string[];
  /** What ADD1U then added by approvers (empty for ADD1). */
  filled: string[];
  /** Where MES found projects tied exactly, in the outcome kept: the winner first, by rank. */
  ties: string[][];
  /** MES runs tried, and how many needed exact arithmetic to settle a close call. */
  runs: number;
  exactRuns: number;
}

/**
 * The Method of Equal Shares with cost utilities and Add1 completion, as equalshares.net
 * computes it: from floor(pool ÷ voters) per voter, raise every share by 1 PLN while the
 * outcome still costs no more than the pool, and keep the last outcome that fits (no early
 * stop when an outcome is already exhaustive). ADD1U then fills the rest of the pool
 * greedily by approvers. Ties: more approvers, then lower cost, then project id. With
 * `conflicts`, a project conflicting with one already funded is skipped, in MES and in ADD1U.
 */
export function equalShares(
  instance: BudgetInstance,
  options: EqualSharesOptions,
): EqualSharesOutcome {
  const profile = compileProfile(instance, options.conflicts);
  let runs = 0;
  let exactRuns = 0;
  const state = fastState(profile);
  const run = (perVoter: number) => {
    runs++;
    const ties: MesTie[] = [];
    const fast = mesFast(profile, perVoter, state, ties);
    if (fast) return { ...withCost(profile, fast), ties };
    exactRuns++;
    ties.length = 0;
    return { ...withCost(profile, mesExact(profile, perVoter, ties)), ties };
  };
  let perVoter = profile.voters === 0 ? 0 : Math.floor(profile.budget / profile.voters);
  let kept = run(perVoter);
  const approvedCost = profile.costs.reduce(
    (sum, cost, p) => sum + ((profile.approvers[p] ?? 0) > 0 ? cost : 0),
    0,
  );
  if (approvedCost <= profile.budget) {
    // No share ever overspends, so Add1 runs forever; its limit funds every approved project
    // (but those ruled out by a conflict), which MES does once one voter alone could pay for all.
    perVoter = Math.max(perVoter, approvedCost);
    kept = run(perVoter);
  } else {
    for (;;) {
      const next = run(perVoter + 1);
      if (next.cost > profile.budget) break;
      kept = next;
      perVoter++;
    }
  }
  const filled =
    options.completion === 'ADD1U' ? fillByApprovers(profile, kept.selected, kept.cost) : [];
  const selected = [...kept.selected, ...filled];
  return {
    selected: selected.map((p) => profile.ids[p] ?? ''),
    cost: withCost(profile, selected).cost,
    perVoterBudget: perVoter,
    equalShares: kept.selected.map((p) => profile.ids[p] ?? ''),
    filled: filled.map((p) => profile.ids[p] ?? ''),
    ties: kept.ties.map((tie) => tie.map((p) => profile.ids[p] ?? '')),
    runs,
    exactRuns,
  };
}

/** MES alone, without completion, at a whole-PLN share per voter. */
export function methodOfEqualShares(instance: BudgetInstance, perVoter: number): TallyOutcome {
  if (!Number.isSafeInteger(perVoter) || perVoter < 0) {
    throw new TallyError(`share per voter ${perVoter} is not a whole number of PLN`);
  }
  const profile = compileProfile(instance);
  const { selected, cost } = withCost(
    profile,
    mesFast(profile, perVoter) ?? mesExact(profile, perVoter),
  );
  return { selected: selected.map((p) => profile.ids[p] ?? ''), cost };
}

function withCost(profile: Profile, selected: number[]) {
  return { selected, cost: selected.reduce((sum, p) => sum + (profile.costs[p] ?? 0), 0) };
}

function fillByApprovers(profile: Profile, selected: number[], spent: number): number[] {
  const funded = new Set(selected);
  const byRank = profile.ids
    .map((_, p) => p)
    .sort((a, b) => (profile.rank[a] ?? 0) - (profile.rank[b] ?? 0));
  const filled: number[] = [];
  let left = profile.budget - spent;
  for (const p of byRank) {
    const cost = profile.costs[p] ?? 0;
    if (funded.has(p) || (profile.approvers[p] ?? 0) === 0 || cost > left) continue;
    if (profile.rivals[p]?.some((rival) => funded.has(rival))) continue;
    funded.add(p);
    filled.push(p);
    left -= cost;
  }
  return filled;
}
