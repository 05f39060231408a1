import type {
  BudgetCompletion,
  BudgetPoolKind,
  BudgetRule,
} from '../../../generated/prisma/enums.js';
import { type BudgetInstance, countApprovals, moneyScale, toUnits } from './instance.js';
import { ruleNameOf, runRule, type TallyRuleName } from './rules.js';

/** Everything a tally of one edition needs, read from the database. Ids are project refs. */
export interface EditionTallyInput {
  rule: BudgetRule;
  completion: BudgetCompletion | null;
  lotSeed: number;
  minVotes: Record<BudgetPoolKind, number>;
  pools: { id: string; kind: BudgetPoolKind; amountGrosze: bigint }[];
  projects: { ref: string; poolId: string; costGrosze: bigint }[];
  /** One entry per ballot and pool: the refs it approves there. */
  ballots: { poolId: string; refs: string[] }[];
  conflicts: [string, string][];
}

export interface PoolTally {
  poolId: string;
  rule: TallyRuleName;
  budgetGrosze: bigint;
  costGrosze: bigint;
  /** In the order funded. */
  selected: string[];
  votes: Map<string, number>;
  log: {
    minVotes: number;
    lot?: unknown;
    ties?: string[][];
    skippedForConflict?: string[];
    unit: string;
  };
}

/**
 * Tallies every pool, district pools first and then the city-wide one, so that a district
 * project wins a conflict with a city-wide project: a project conflicting with one already
 * selected in an earlier pool never enters its own pool's tally. Within a pool, both rules
 * skip a project conflicting with one they already funded.
 */
export function tallyEditionPools(input: EditionTallyInput): PoolTally[] {
  const order = [...input.pools].sort((a, b) =>
    a.kind === b.kind ? 0 : a.kind === 'AREA' ? -1 : 1,
  );
  const funded = new Set<string>();
  return order.map((pool) => {
    const result = tallyPool(input, pool, funded);
    for (const ref of result.selected) funded.add(ref);
    return result;
  });
}

function tallyPool(
  input: EditionTallyInput,
  pool: EditionTallyInput['pools'][number],
  funded: ReadonlySet<string>,
): PoolTally {
  const rivals = (ref: string) =>
    input.conflicts.filter(([a, b]) => a === ref || b === ref).map(([a, b]) => (a === ref ? b : a));
  const all = input.projects.filter((p) => p.poolId === pool.id);
  const skippedForConflict = all.filter((p) => rivals(p.ref).some((r) => funded.has(r)));
  const projects = all.filter((p) => !skippedForConflict.includes(p));
  const refs = new Set(projects.map((p) => p.ref));
  const scale = moneyScale([pool.amountGrosze, ...projects.map((p) => p.costGrosze)]);
  const instance: BudgetInstance = {
    budget: toUnits(pool.amountGrosze, scale),
    projects: projects.map((p) => ({ id: p.ref, cost: toUnits(p.costGrosze, scale) })),
    ballots: input.ballots
      .filter((b) => b.poolId === pool.id)
      .map((b) => b.refs.filter((ref) => refs.has(ref))),
  };
  const votes = countApprovals(instance);
  const minVotes = input.minVotes[pool.kind];
  const conflicts = input.conflicts.filter(([a, b]) => refs.has(a) && refs.has(b));
  const log: PoolTally['log'] = { minVotes, unit: scale === 100n ? 'PLN' : 'grosze' };
  if (skippedForConflict.length > 0) log.skippedForConflict = skippedForConflict.map((p) => p.ref);
  const name = ruleNameOf(input.rule, input.completion);
  const outcome = runRule(name, instance, { minVotes, conflicts, lotSeed: input.lotSeed });
  if (outcome.lot && outcome.lot.draws.length > 0) log.lot = outcome.lot;
  if (outcome.ties && outcome.ties.length > 0) log.ties = outcome.ties;
  const selected = outcome.selected;
  const costs = new Map(projects.map((p) => [p.ref, p.costGrosze]));
  const costGrosze = selected.reduce((sum, ref) => sum + (costs.get(ref) ?? 0n), 0n);
  return {
    poolId: pool.id,
    rule: name,
    budgetGrosze: pool.amountGrosze,
    costGrosze,
    selected,
    votes,
    log,
  };
}
