import type { BudgetCompletion, BudgetRule } from '../../../generated/prisma/enums.js';
import { type Completion, equalShares } from './equal-shares.js';
import { type Conflict, type GreedyOutcome, greedy } from './greedy.js';
import { type BudgetInstance, countApprovals } from './instance.js';
import { TallyError } from './tally-error.js';

export interface RuleOptions {
  /** Projects with fewer votes are not funded (at least 1: a project nobody approved never is). */
  minVotes?: number;
  /** A project conflicting with one already funded is skipped. */
  conflicts?: readonly Conflict[];
  /** Greedy: equal votes go by a lot drawn with this seed. */
  lotSeed?: number;
}

export type RuleOutcome = Pick<GreedyOutcome, 'selected' | 'cost' | 'lot'> & {
  /** Equal Shares: projects tied exactly in a round, the one funded first (by rank). */
  ties?: string[][];
};

interface TallyRule {
  rule: BudgetRule;
  completion: BudgetCompletion | null;
  run(instance: BudgetInstance, options: RuleOptions): RuleOutcome;
}

const equalSharesWith =
  (completion: Completion) =>
  (instance: BudgetInstance, { minVotes, conflicts }: RuleOptions): RuleOutcome => {
    const votes = countApprovals(instance);
    const eligible = instance.projects.filter(
      (p) => (votes.get(p.id) ?? 0) >= Math.max(1, minVotes ?? 1),
    );
    const kept = new Set(eligible.map((p) => p.id));
    const ballots = instance.ballots.map((b) => b.filter((id) => kept.has(id)));
    return equalShares({ ...instance, projects: eligible, ballots }, { completion, conflicts });
  };

/**
 * Every rule Plac tallies with, by its Pabulib name (which `PoolResult.rule` reports), with the
 * edition's `rule` and `completion` it stands for. A new rule is one entry here.
 */
const tallyRules = {
  greedy: { rule: 'GREEDY', completion: null, run: greedy },
  'equalshares/add1': { rule: 'EQUAL_SHARES', completion: 'ADD1', run: equalSharesWith('ADD1') },
  'equalshares/add1u': {
    rule: 'EQUAL_SHARES',
    completion: 'ADD1U',
    run: equalSharesWith('ADD1U'),
  },
} satisfies Record<string, TallyRule>;

export type TallyRuleName = keyof typeof tallyRules;

const names = Object.keys(tallyRules) as TallyRuleName[];
/** Pabulib's older name for Equal Shares with Add1. */
const aliases: Record<string, TallyRuleName> = { equalshares: 'equalshares/add1' };

const unknown = (what: string) =>
  new TallyError(
    `${what} is not a rule Plac tallies with (${names.join(', ')})`,
    'TALLY_RULE_UNKNOWN',
  );

/** The rule a name stands for, case ignored (Pabulib's META `rule`); unknown names are refused. */
export function ruleNamed(name: string): TallyRuleName {
  const key = name.trim().toLowerCase();
  const found = aliases[key] ?? names.find((n) => n === key);
  if (!found) throw unknown(`rule "${name}"`);
  return found;
}

/** The name of an edition's rule and completion; a pair no entry has is refused. */
export function ruleNameOf(rule: BudgetRule, completion: BudgetCompletion | null): TallyRuleName {
  const found = names.find(
    (n) => tallyRules[n].rule === rule && tallyRules[n].completion === completion,
  );
  if (!found) throw unknown(`${rule} with completion ${completion ?? 'none'}`);
  return found;
}

/** The completions an edition's rule takes: ADD1 or ADD1U for EQUAL_SHARES, none for GREEDY. */
export function completionsOf(rule: BudgetRule): BudgetCompletion[] {
  return names.flatMap((n) => {
    const entry: TallyRule = tallyRules[n];
    return entry.rule === rule && entry.completion ? [entry.completion] : [];
  });
}

/** The edition's `rule` and `completion` for a rule name. */
export function editionRule(name: TallyRuleName) {
  const { rule, completion } = tallyRules[name];
  return { rule, completion };
}

export function runRule(
  name: TallyRuleName,
  instance: BudgetInstance,
  options: RuleOptions = {},
): RuleOutcome {
  return tallyRules[name].run(instance, options);
}
