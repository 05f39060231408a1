import { registerEnumType } from 'type-graphql';
import type { PoolTally } from '../tally/edition-tally.js';

/** Why a tallied project was funded or not. */
export enum ProjectOutcome {
  FUNDED = 'FUNDED',
  /** Fewer votes than the pool's minimum (a project nobody approved never is funded). */
  BELOW_MIN_VOTES = 'BELOW_MIN_VOTES',
  /** It conflicts with a project funded before it (`conflictWith`). */
  CONFLICT = 'CONFLICT',
  /** Greedy: when its turn came, less was left of the pool than it costs. */
  NOT_ENOUGH_MONEY = 'NOT_ENOUGH_MONEY',
  /** Equal Shares: its voters' shares could no longer pay for it. */
  NOT_ENOUGH_SUPPORT = 'NOT_ENOUGH_SUPPORT',
}

registerEnumType(ProjectOutcome, {
  name: 'ProjectOutcome',
  description: 'Why a tallied project was funded or not.',
});

type Tallied = { ref: string; title: string; votes: number };

/**
 * A project's outcome in its pool's tally, and the title of the funded project it lost to when
 * that was a conflict: one funded in an earlier pool (`fundedBefore`), or in its own pool with
 * at least its votes (so funded before its turn).
 */
export function projectOutcome(
  tally: PoolTally,
  project: Tallied,
  rivals: readonly Tallied[],
  fundedBefore: ReadonlySet<string>,
): { outcome: ProjectOutcome; conflictWith: string | null } {
  const none = { conflictWith: null };
  if (tally.selected.includes(project.ref)) return { outcome: ProjectOutcome.FUNDED, ...none };
  const rival = rivals.find(
    (r) => fundedBefore.has(r.ref) || (tally.selected.includes(r.ref) && r.votes >= project.votes),
  );
  if (rival) return { outcome: ProjectOutcome.CONFLICT, conflictWith: rival.title };
  if (project.votes < Math.max(1, tally.log.minVotes)) {
    return { outcome: ProjectOutcome.BELOW_MIN_VOTES, ...none };
  }
  const outcome =
    tally.rule === 'greedy' ? ProjectOutcome.NOT_ENOUGH_MONEY : ProjectOutcome.NOT_ENOUGH_SUPPORT;
  return { outcome, ...none };
}
