import type { MesTie, Profile } from './profile.js';

/** A non-negative rational number. */
interface Fraction {
  num: bigint;
  den: bigint;
}

const below = (a: Fraction, b: Fraction) => a.num * b.den < b.num * a.den;
const same = (a: Fraction, b: Fraction) => a.num * b.den === b.num * a.den;

interface Evaluation {
  project: number;
  /** ρ/cost, exactly. */
  ratio: Fraction;
  /** ρ in units of 1/denominator, and the uncapped weight it is divided by (0: all pay all). */
  rhoNum: bigint;
  uncapped: bigint;
}

/**
 * MES with cost utilities at `perVoter` PLN per voter, in exact rational arithmetic: every
 * type's money is a BigInt numerator over one shared denominator. Slow, so it is only the
 * fallback when {@link mesFast} cannot certify a decision, and the oracle in tests.
 * Ties go to the lower `rank`, each pushed to `ties`; a project conflicting with a funded one
 * drops out. Returns the funded project indices in order.
 */
export function mesExact(profile: Profile, perVoter: number, ties: MesTie[] = []): number[] {
  const { typesOf, costs, approvers, rank } = profile;
  const weights = [...profile.weights].map(BigInt);
  const money = weights.map(() => BigInt(perVoter));
  let denominator = 1n;
  const lower = new Map<number, Fraction>();
  approvers.forEach((n, p) => {
    if (n > 0) lower.set(p, { num: 1n, den: BigInt(n) });
  });
  const selected: number[] = [];

  const evaluate = (p: number): Evaluation | undefined => {
    const types = typesOf[p] ?? new Int32Array();
    const cost = BigInt(costs[p] ?? 0) * denominator;
    const n = BigInt(approvers[p] ?? 0);
    let total = 0n;
    let most = 0n;
    for (const t of types) {
      const held = money[t] ?? 0n;
      total += (weights[t] ?? 0n) * held;
      if (held > most) most = held;
    }
    if (total < cost) return undefined;
    const ratio = (num: bigint, den: bigint) => ({ num, den: den * cost });
    if (total === cost) return { project: p, ratio: ratio(most, 1n), rhoNum: most, uncapped: 0n };
    let rhoNum = cost;
    let uncapped = n;
    for (;;) {
      let weight = 0n;
      let sum = 0n;
      for (const t of types) {
        const held = money[t] ?? 0n;
        if (held * uncapped < rhoNum) {
          weight += weights[t] ?? 0n;
          sum += (weights[t] ?? 0n) * held;
        }
      }
      if (n - weight === uncapped) break;
      uncapped = n - weight;
      rhoNum = cost - sum;
    }
    return { project: p, ratio: ratio(rhoNum, uncapped), rhoNum, uncapped };
  };

  const pay = ({ project, rhoNum, uncapped }: Evaluation) => {
    const payers = new Set(typesOf[project]);
    if (uncapped === 0n) {
      for (const t of payers) money[t] = 0n;
      return;
    }
    denominator *= uncapped;
    money.forEach((held, t) => {
      if (!payers.has(t)) money[t] = held * uncapped;
      else money[t] = held * uncapped < rhoNum ? 0n : held * uncapped - rhoNum;
    });
  };

  for (;;) {
    let best: Evaluation | undefined;
    let tied: number[] = [];
    const order = [...lower.keys()].sort(
      (a, b) => approximate(lower.get(a)) - approximate(lower.get(b)),
    );
    for (const p of order) {
      const bound = lower.get(p);
      if (!bound || (best && below(best.ratio, bound))) continue;
      const evaluation = evaluate(p);
      if (!evaluation) {
        lower.delete(p);
        continue;
      }
      lower.set(p, evaluation.ratio);
      const lowest = !best || below(evaluation.ratio, best.ratio);
      const tie = !lowest && best !== undefined && same(evaluation.ratio, best.ratio);
      if (lowest) tied = [p];
      else if (tie) tied.push(p);
      if (lowest || (tie && (rank[p] ?? 0) < (rank[best?.project ?? 0] ?? 0))) best = evaluation;
    }
    if (!best) return selected;
    if (tied.length > 1) ties.push(byRank(profile, tied));
    pay(best);
    lower.delete(best.project);
    for (const rival of profile.rivals[best.project] ?? []) lower.delete(rival);
    selected.push(best.project);
  }
}

/** A float near the fraction, only to order the search; decisions compare exactly. */
function approximate(fraction: Fraction | undefined): number {
  if (!fraction) return 0;
  const shift = BigInt(Math.max(0, fraction.den.toString(2).length - 900));
  return Number(fraction.num >> shift) / Number(fraction.den >> shift);
}

/** Tied projects in the order the tie-break takes them: the winner first. */
export function byRank(profile: Profile, projects: number[]): number[] {
  return [...projects].sort((a, b) => (profile.rank[a] ?? 0) - (profile.rank[b] ?? 0));
}
