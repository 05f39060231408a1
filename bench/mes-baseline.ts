import type { BudgetInstance } from '../api/src/modules/budget/tally/instance.js';

/** Relative gap under which two floating-point ratios count as a tie. */
const TIE = 1e-9;

/**
 * A deliberately plain Method of Equal Shares with Add1 completion, kept only to measure the
 * fast tally against: one float budget per voter, every project re-evaluated every round by
 * sorting its approvers' budgets, the share raised 1 PLN at a time.
 */
export function baselineEqualSharesAdd1(instance: BudgetInstance): string[] {
  const n = instance.ballots.length;
  const total = (ids: string[]) =>
    ids.reduce((sum, id) => sum + (instance.projects.find((p) => p.id === id)?.cost ?? 0), 0);
  let share = Math.floor(instance.budget / n);
  let kept = baselineEqualShares(instance, share);
  for (;;) {
    const next = baselineEqualShares(instance, share + 1);
    if (total(next) > instance.budget) return kept;
    kept = next;
    share++;
  }
}

/** MES with cost utilities; ties: more approvers, lower cost, then id. */
export function baselineEqualShares(instance: BudgetInstance, share: number): string[] {
  const budgets = instance.ballots.map(() => share);
  const approvers = new Map<string, number[]>(instance.projects.map((p) => [p.id, []]));
  instance.ballots.forEach((ballot, voter) => {
    for (const id of ballot) approvers.get(id)?.push(voter);
  });
  const remaining = new Set(
    instance.projects.filter((p) => (approvers.get(p.id) ?? []).length > 0),
  );
  const selected: string[] = [];
  for (;;) {
    let best: { project: BudgetInstance['projects'][number]; rho: number } | undefined;
    for (const project of remaining) {
      const voters = approvers.get(project.id) ?? [];
      const held = voters.map((v) => budgets[v] ?? 0).sort((a, b) => a - b);
      if (held.reduce((a, b) => a + b, 0) < project.cost) {
        remaining.delete(project);
        continue;
      }
      let left = project.cost;
      let rho = 0;
      for (let i = 0; i < held.length; i++) {
        rho = left / (held.length - i);
        const h = held[i] ?? 0;
        if (h >= rho) break;
        left -= h;
      }
      if (!best || better(project, rho, best, approvers)) best = { project, rho };
    }
    if (!best) return selected;
    for (const v of approvers.get(best.project.id) ?? []) {
      budgets[v] = Math.max(0, (budgets[v] ?? 0) - best.rho);
    }
    remaining.delete(best.project);
    selected.push(best.project.id);
  }
}

function better(
  project: BudgetInstance['projects'][number],
  rho: number,
  best: { project: BudgetInstance['projects'][number]; rho: number },
  approvers: Map<string, number[]>,
): boolean {
  const a = rho / project.cost;
  const b = best.rho / best.project.cost;
  if (Math.abs(a - b) > TIE * Math.max(a, b)) return a < b;
  const votes = (id: string) => approvers.get(id)?.length ?? 0;
  const byVotes = votes(project.id) - votes(best.project.id);
  if (byVotes !== 0) return byVotes > 0;
  if (project.cost !== best.project.cost) return project.cost < best.project.cost;
  const numeric = Number(project.id) - Number(best.project.id);
  return Number.isNaN(numeric) ? project.id < best.project.id : numeric < 0;
}
