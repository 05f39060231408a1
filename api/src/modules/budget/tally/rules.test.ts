import { describe, expect, it } from 'vitest';
import { tallyEditionPools } from './edition-tally.js';
import { editionRule, ruleNamed, ruleNameOf, runRule, type TallyRuleName } from './rules.js';
import { TallyError } from './tally-error.js';

const names: TallyRuleName[] = ['greedy', 'equalshares/add1', 'equalshares/add1u'];

function refusal(run: () => unknown): TallyError {
  try {
    run();
  } catch (error) {
    if (error instanceof TallyError) return error;
    throw error;
  }
  throw new Error('the rule was accepted');
}

describe('tally rules by name', () => {
  it.each(names)('%s maps to an edition rule and back', (name) => {
    const { rule, completion } = editionRule(name);
    expect(ruleNameOf(rule, completion)).toBe(name);
    expect(ruleNamed(name.toUpperCase())).toBe(name);
  });

  it("reads Pabulib's bare equalshares as Add1", () => {
    expect(ruleNamed(' EqualShares ')).toBe('equalshares/add1');
  });

  it.each(['borda', 'greedy-no-skip', ''])('refuses the unknown name %j', (name) => {
    const error = refusal(() => ruleNamed(name));
    expect(error.reason).toBe('TALLY_RULE_UNKNOWN');
    expect(error.message).toContain('greedy, equalshares/add1, equalshares/add1u');
  });

  it('refuses a rule and completion no entry pairs, never falling back to greedy', () => {
    expect(refusal(() => ruleNameOf('GREEDY', 'ADD1')).reason).toBe('TALLY_RULE_UNKNOWN');
    expect(refusal(() => ruleNameOf('EQUAL_SHARES', null)).reason).toBe('TALLY_RULE_UNKNOWN');
    const edition = {
      rule: 'EQUAL_SHARES' as const,
      completion: null,
      lotSeed: 1,
      minVotes: { AREA: 1, CITYWIDE: 1 },
      pools: [{ id: 'p', kind: 'AREA' as const, amountGrosze: 1000n }],
      projects: [{ ref: 'a', poolId: 'p', costGrosze: 1000n }],
      ballots: [{ poolId: 'p', refs: ['a'] }],
      conflicts: [],
    };
    expect(refusal(() => tallyEditionPools(edition)).reason).toBe('TALLY_RULE_UNKNOWN');
  });

  it('funds no project below minVotes, with either rule', () => {
    const instance = {
      budget: 10,
      projects: [
        { id: 'a', cost: 5 },
        { id: 'b', cost: 5 },
      ],
      ballots: [['a'], ['a'], ['b']],
    };
    for (const name of names) {
      expect(runRule(name, instance, { minVotes: 2 }).selected).toEqual(['a']);
    }
  });
});
