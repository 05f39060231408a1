import type { BudgetPhase } from './budgetStatus';

type Period = { phase: BudgetPhase; startsAt: string; endsAt: string };
type EditionLike = { id: string; currentPhase: BudgetPhase | null; phases: readonly Period[] };

/** When the phase runs in the edition, if it has that phase. */
export function periodOf(edition: EditionLike, phase: BudgetPhase): Period | null {
  return edition.phases.find((period) => period.phase === phase) ?? null;
}

/** The phases in date order. */
export function phasesInOrder(edition: EditionLike): Period[] {
  return [...edition.phases].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** Whether the edition's results may be out: they are tallied in RESULTS or later. */
export function resultsExpected(edition: EditionLike): boolean {
  return edition.currentPhase === 'RESULTS' || edition.currentPhase === 'IMPLEMENTATION';
}
