import { describe, expect, it } from 'vitest';
import { decisionInput, draftProblem, openEvaluation } from './evaluationDraft';

const draft = (decision: '' | 'POSITIVE' | 'NEGATIVE', justification = '') => ({
  met: new Set(['LAWFUL']),
  decision,
  justification,
});

describe('an evaluation draft', () => {
  it('needs a decision, and a justification when negative', () => {
    expect(draftProblem(draft(''))).toBe('decision');
    expect(draftProblem(draft('NEGATIVE', '  '))).toBe('justification');
    expect(draftProblem(draft('NEGATIVE', 'not city land'))).toBeNull();
    expect(draftProblem(draft('POSITIVE'))).toBeNull();
  });

  it('sends every item with whether it is met, and no blank justification', () => {
    expect(decisionInput(['LAWFUL', 'CITY_LAND'], draft('POSITIVE', ' '), 'POSITIVE')).toEqual({
      decision: 'POSITIVE',
      checklist: [
        { item: 'LAWFUL', met: true },
        { item: 'CITY_LAND', met: false },
      ],
      justification: null,
    });
  });

  it('finds the evaluation waiting for a decision', () => {
    expect(openEvaluation([{ decision: 'POSITIVE' }, { decision: null }])).toEqual({
      decision: null,
    });
    expect(openEvaluation([{ decision: 'NEGATIVE' }])).toBeUndefined();
  });
});
