import { fromWarsawLocal, toWarsawLocal } from '../staff/consultations/warsawTime';
import type { SetupEdition } from './budgetSetup.queries';

export const phaseNames = [
  'SUBMISSION',
  'VERIFICATION',
  'APPEALS',
  'VOTING',
  'RESULTS',
  'IMPLEMENTATION',
] as const;
export type PhaseName = (typeof phaseNames)[number];

/** One phase as typed: on or off, its start and end on Warsaw's clock (`datetime-local`). */
export type PhaseDraft = { phase: PhaseName; on: boolean; startsAt: string; endsAt: string };

export type RulesDraft = {
  title: string;
  year: string;
  rule: 'GREEDY' | 'EQUAL_SHARES';
  completion: 'ADD1' | 'ADD1U';
  areaMaxApprovals: string;
  citywideMaxApprovals: string;
  areaMinVotes: string;
  citywideMinVotes: string;
  minAge: string;
  ballotChangeable: boolean;
  proposalsOpenToAll: boolean;
};

export const emptyRules = (year: number): RulesDraft => ({
  title: `Budżet obywatelski ${year}`,
  year: String(year),
  rule: 'GREEDY',
  completion: 'ADD1',
  areaMaxApprovals: '15',
  citywideMaxApprovals: '10',
  areaMinVotes: '0',
  citywideMinVotes: '0',
  minAge: '0',
  ballotChangeable: false,
  proposalsOpenToAll: false,
});

export function rulesOf(edition: SetupEdition): RulesDraft {
  return {
    title: edition.title,
    year: String(edition.year),
    rule: edition.rule,
    completion: edition.completion ?? 'ADD1',
    areaMaxApprovals: String(edition.areaMaxApprovals),
    citywideMaxApprovals: String(edition.citywideMaxApprovals),
    areaMinVotes: String(edition.areaMinVotes),
    citywideMinVotes: String(edition.citywideMinVotes),
    minAge: String(edition.minAge),
    ballotChangeable: edition.ballotChangeable,
    proposalsOpenToAll: edition.proposalsOpenToAll,
  };
}

/** The rules as the API takes them; numbers the API checks (a bad one is refused naming it). */
export function rulesInput(draft: RulesDraft) {
  const whole = (value: string) => (/^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN);
  return {
    title: draft.title,
    year: whole(draft.year),
    rule: draft.rule,
    completion: draft.rule === 'EQUAL_SHARES' ? draft.completion : null,
    areaMaxApprovals: whole(draft.areaMaxApprovals),
    citywideMaxApprovals: whole(draft.citywideMaxApprovals),
    areaMinVotes: whole(draft.areaMinVotes),
    citywideMinVotes: whole(draft.citywideMinVotes),
    minAge: whole(draft.minAge),
    ballotChangeable: draft.ballotChangeable,
    proposalsOpenToAll: draft.proposalsOpenToAll,
  };
}

/** Every phase, on where the edition has it. */
export function phasesOf(periods: SetupEdition['phases']): PhaseDraft[] {
  return phaseNames.map((phase) => {
    const period = periods.find((p) => p.phase === phase);
    return {
      phase,
      on: Boolean(period),
      startsAt: toWarsawLocal(period?.startsAt),
      endsAt: toWarsawLocal(period?.endsAt),
    };
  });
}

/** The phases switched on, as instants; the index of the first one without both dates if any. */
export function phasesInput(drafts: readonly PhaseDraft[]) {
  const on = drafts.filter((d) => d.on);
  const periods = on.map((d) => ({
    phase: d.phase,
    startsAt: fromWarsawLocal(d.startsAt),
    endsAt: fromWarsawLocal(d.endsAt),
  }));
  const incomplete = periods.findIndex((p) => !p.startsAt || !p.endsAt);
  if (incomplete >= 0) return { missing: on[incomplete]?.phase ?? null, phases: [] };
  return {
    missing: null,
    phases: periods.map((p) => ({ ...p, startsAt: p.startsAt ?? '', endsAt: p.endsAt ?? '' })),
  };
}

/**
 * An amount in złoty as typed ("1 500 000", "969 245,38", "707607.00") as exact grosze, or null
 * when it is not a positive amount with at most two decimals.
 */
export function plnToGrosze(typed: string): string | null {
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(typed.replace(/[\s\u00a0]/g, ''));
  if (!match) return null;
  const grosze = BigInt(match[1] ?? '0') * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  return grosze > 0n ? grosze.toString() : null;
}

/** The first rule typed as something other than a whole number, if any. */
export function badNumber(input: ReturnType<typeof rulesInput>): string | null {
  return (
    Object.entries(input).find(([, v]) => typeof v === 'number' && Number.isNaN(v))?.[0] ?? null
  );
}

export type FormProblem = { field: string | null; text: string } | null;
