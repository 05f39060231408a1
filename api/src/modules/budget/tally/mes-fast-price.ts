import type { Profile } from './profile.js';

/** Twice the unit roundoff: every rounding bound here uses it, for slack. */
export const EPS = 2 ** -52;

/** Floating-point money per voter type, each with a proven bound on its error. */
export interface FastState {
  money: Float64Array;
  error: Float64Array;
  /** True until the first payment: sums of whole PLN below 2⁵³ are exact. */
  wholeMoney: boolean;
  /** Per project, its types still holding money, compacted in place from profile.typeList. */
  live: Int32Array;
  liveEnd: Int32Array;
  scratch: Int32Array;
}

/** A project's max payment ρ per approver, with a proven bound on its floating-point error. */
export interface Price {
  project: number;
  rho: number;
  /** |rho − exact ρ| ≤ delta. */
  delta: number;
  /** Weight paying ρ (the rest pay all they hold); ρ/cost is exactly 1/uncapped if none do. */
  uncapped: number;
  anyCapped: boolean;
  /** Bounds on the exact ρ/cost. */
  lo: number;
  hi: number;
}

/** Buffers for one profile, reused from run to run; {@link resetState} starts a run. */
export function fastState(profile: Profile): FastState {
  const maxTypes = profile.typesOf.reduce((most, types) => Math.max(most, types.length), 0);
  return {
    money: new Float64Array(profile.weights.length),
    error: new Float64Array(profile.weights.length),
    wholeMoney: true,
    live: new Int32Array(profile.typeList.length),
    liveEnd: new Int32Array(profile.costs.length),
    scratch: new Int32Array(maxTypes),
  };
}

export function resetState(profile: Profile, state: FastState, perVoter: number): void {
  state.money.fill(perVoter);
  state.error.fill(0);
  state.wholeMoney = true;
  state.live.set(profile.typeList);
  state.liveEnd.set(profile.typeStart.subarray(1));
}

/**
 * ρ of project p, or whether it is unaffordable, or 'uncertain' when rounding could change
 * the answer. Capping those holding less than ρ only raises ρ, so it iterates from the equal
 * split, each pass over the types not yet capped. Types holding exactly 0 drop out of `live`
 * for good: money never grows within a run, and they only ever count as capped weight.
 *
 * The bound: with capped set C and K voters paying ρ, the exact ρ is (cost − Σ_C money)/K,
 * so |ρ − exact| ≤ (Σ_C error + rounding of the sum)/K + rounding of the division. That holds
 * only if C is the exact capped set, which is checked: every capped type holds at most
 * ρ − delta and every other at least ρ + delta, errors included. Bounds are doubled to absorb
 * the rounding in computing the bounds and comparisons themselves.
 */
export function price(
  profile: Profile,
  state: FastState,
  p: number,
): Price | 'unaffordable' | 'uncertain' {
  const { weights, costs, approvers, typeStart } = profile;
  const { money, error, live, liveEnd, scratch } = state;
  const cost = costs[p] ?? 0;
  const n = approvers[p] ?? 0;
  const start = typeStart[p] ?? 0;
  let end = liveEnd[p] ?? 0;
  let rho = cost / n;
  let total = 0;
  let totalError = 0;
  let weight = 0;
  let sum = 0;
  let sumError = 0;
  let count = 0;
  let cappedHigh = 0;
  let rest = 0;
  let kept = start;
  let liveWeight = 0;
  for (let i = start; i < end; i++) {
    const t = live[i] ?? 0;
    const held = money[t] ?? 0;
    const e = error[t] ?? 0;
    if (held === 0 && e === 0) continue;
    live[kept++] = t;
    const w = weights[t] ?? 0;
    liveWeight += w;
    total += w * held;
    totalError += w * e;
    if (held < rho) {
      weight += w;
      sum += w * held;
      sumError += w * e;
      count++;
      cappedHigh = Math.max(cappedHigh, held + e);
    } else scratch[rest++] = t;
  }
  liveEnd[p] = end = kept;
  const rounding = state.wholeMoney ? 0 : 2 * (end - start) * EPS * (total + totalError);
  if (total + totalError + rounding < cost) return 'unaffordable';
  if (total - totalError - rounding <= cost) return 'uncertain';
  // Types absent from `live` hold exactly 0: capped, adding weight but no money.
  weight += n - liveWeight;
  for (;;) {
    if (weight >= n) return 'uncertain';
    rho = (cost - sum) / (n - weight);
    let uncappedLow = Number.POSITIVE_INFINITY;
    let remaining = 0;
    for (let i = 0; i < rest; i++) {
      const t = scratch[i] ?? 0;
      const held = money[t] ?? 0;
      const e = error[t] ?? 0;
      if (held < rho) {
        const w = weights[t] ?? 0;
        weight += w;
        sum += w * held;
        sumError += w * e;
        count++;
        cappedHigh = Math.max(cappedHigh, held + e);
      } else {
        scratch[remaining++] = t;
        uncappedLow = Math.min(uncappedLow, held - e);
      }
    }
    if (remaining < rest) {
      rest = remaining;
      continue;
    }
    const uncapped = n - weight;
    const delta = 2 * ((sumError + count * EPS * sum + EPS * cost) / uncapped + EPS * rho);
    if (cappedHigh > rho - delta || uncappedLow < rho + delta) return 'uncertain';
    const anyCapped = weight > 0;
    return {
      project: p,
      rho,
      delta,
      uncapped,
      anyCapped,
      lo: ((rho - delta) / cost) * (1 - 2 * EPS),
      hi: ((rho + delta) / cost) * (1 + 2 * EPS),
    };
  }
}
