import { byRank } from './mes-exact.js';
import { EPS, type FastState, fastState, type Price, price, resetState } from './mes-fast-price.js';
import type { MesTie, Profile } from './profile.js';

/**
 * MES with cost utilities at `perVoter` PLN per voter, in floating point with a running,
 * proven error bound per voter type (see {@link price}). Money is exact on entry (whole
 * PLN); a payment adds its bound to its payers' error, and a payer who pays all holds
 * exactly 0. A decision is taken only if it holds for every value within the bounds: when
 * a call is too close, or two projects' ρ/cost intervals overlap without being provably
 * equal, it returns undefined and the caller re-runs exactly. Provably equal: ρ/cost is
 * exactly 1/k when nobody is capped, and twins (same cost, same approvers) are equal.
 * Ties go to the lower `rank`, each pushed to `ties`. A project conflicting with a funded one
 * drops out. Returns the funded project indices in order.
 */
export function mesFast(
  profile: Profile,
  perVoter: number,
  state: FastState = fastState(profile),
  ties: MesTie[] = [],
): number[] | undefined {
  const { typesOf, approvers } = profile;
  resetState(profile, state, perVoter);
  const { money, error } = state;
  // ρ ≥ cost/approvers, so ρ/cost ≥ 1/approvers before any evaluation.
  const lower = approvers.map((n) => (1 / n) * (1 - 2 * EPS));
  let candidates = approvers.flatMap((n, p) => (n > 0 ? [p] : []));
  const selected: number[] = [];
  while (candidates.length > 0) {
    candidates.sort((a, b) => (lower[a] ?? 0) - (lower[b] ?? 0));
    const priced: Price[] = [];
    const dead = new Set<number>();
    let bestHigh = Number.POSITIVE_INFINITY;
    for (const p of candidates) {
      // Money only falls, so ρ/cost only rises: a stale lower bound stays a lower bound.
      if ((lower[p] ?? 0) > bestHigh) break;
      const verdict = price(profile, state, p);
      if (verdict === 'uncertain') return undefined;
      if (verdict === 'unaffordable') dead.add(p);
      else {
        lower[p] = verdict.lo;
        priced.push(verdict);
        bestHigh = Math.min(bestHigh, verdict.hi);
      }
    }
    if (priced.length === 0) break;
    const tied = pick(
      profile,
      priced.filter((e) => e.lo <= bestHigh),
    );
    const winner = tied?.[0];
    if (!winner) return undefined;
    if (tied.length > 1) ties.push(tied.map((e) => e.project));
    for (const t of typesOf[winner.project] ?? []) {
      const held = money[t] ?? 0;
      if (held < winner.rho) {
        money[t] = 0;
        error[t] = 0;
      } else {
        const left = held - winner.rho;
        money[t] = left;
        error[t] = ((error[t] ?? 0) + winner.delta + EPS * left) * (1 + EPS);
      }
    }
    state.wholeMoney = false;
    selected.push(winner.project);
    dead.add(winner.project);
    for (const rival of profile.rivals[winner.project] ?? []) dead.add(rival);
    candidates = candidates.filter((p) => !dead.has(p));
  }
  return selected;
}

/**
 * The contenders tied at the exactly lowest ρ/cost, the tie-break's winner first, or undefined
 * if that cannot be proven.
 */
function pick(profile: Profile, contenders: Price[]): Price[] | undefined {
  const ranked = (tied: Price[]) => {
    const order = byRank(
      profile,
      tied.map((e) => e.project),
    );
    return order.map((p) => tied.find((e) => e.project === p) as Price);
  };
  if (contenders.every((e) => !e.anyCapped)) {
    const most = Math.max(...contenders.map((e) => e.uncapped));
    return ranked(contenders.filter((e) => e.uncapped === most));
  }
  const twin = profile.twin[contenders[0]?.project ?? 0];
  if (contenders.every((e) => profile.twin[e.project] === twin)) return ranked(contenders);
  return undefined;
}
