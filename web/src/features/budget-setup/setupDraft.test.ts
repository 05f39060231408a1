import { describe, expect, it } from 'vitest';
import {
  emptyRules,
  type PhaseDraft,
  phasesInput,
  phasesOf,
  plnToGrosze,
  rulesInput,
} from './setupDraft';

describe('plnToGrosze', () => {
  it.each([
    ['969 245,38', '96924538'],
    ['707607,00', '70760700'],
    ['707607.5', '70760750'],
    ['1\u00a0500\u00a0000', '150000000'],
  ])('reads %s exactly as %s grosze', (typed, grosze) => {
    expect(plnToGrosze(typed)).toBe(grosze);
  });

  it.each(['', '0', '0,00', '12,345', '-5', '1e6', 'sto'])('refuses %j', (typed) => {
    expect(plnToGrosze(typed)).toBeNull();
  });
});

describe('phases', () => {
  it('reads an edition’s phases on Warsaw’s clock and gives back the same instants', () => {
    const drafts = phasesOf([
      { phase: 'VOTING', startsAt: '2027-06-01T08:00:00.000Z', endsAt: '2027-06-30T20:00:00.000Z' },
    ]);
    expect(drafts.find((d) => d.phase === 'VOTING')).toEqual({
      phase: 'VOTING',
      on: true,
      startsAt: '2027-06-01T10:00',
      endsAt: '2027-06-30T22:00',
    });
    expect(drafts.filter((d) => d.on)).toHaveLength(1);
    expect(phasesInput(drafts)).toEqual({
      missing: null,
      phases: [
        {
          phase: 'VOTING',
          startsAt: '2027-06-01T08:00:00.000Z',
          endsAt: '2027-06-30T20:00:00.000Z',
        },
      ],
    });
  });

  it('names the first phase switched on without both dates', () => {
    const drafts: PhaseDraft[] = [
      { phase: 'SUBMISSION', on: true, startsAt: '2027-01-10T00:00', endsAt: '' },
    ];
    expect(phasesInput(drafts)).toEqual({ missing: 'SUBMISSION', phases: [] });
  });
});

describe('rulesInput', () => {
  it('sends a completion with Equal Shares only, and numbers as numbers', () => {
    const greedy = rulesInput(emptyRules(2027));
    expect(greedy).toMatchObject({
      year: 2027,
      rule: 'GREEDY',
      completion: null,
      areaMaxApprovals: 15,
    });
    expect(rulesInput({ ...emptyRules(2027), rule: 'EQUAL_SHARES' }).completion).toBe('ADD1');
    expect(rulesInput({ ...emptyRules(2027), minAge: '13 lat' }).minAge).toBeNaN();
  });
});
