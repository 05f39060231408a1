import { describe, expect, it } from 'vitest';
import type { MyProject } from './myProjects.queries';
import { timelineOf } from './timeline';

const project = (over: Partial<MyProject>): MyProject => ({
  role: 'AUTHOR',
  editionTitle: '2027',
  poolName: 'Mokotów',
  appealable: false,
  project: {
    id: 'p',
    title: 'Park',
    status: 'ACCEPTED',
    rejectionReason: null,
    createdAt: '2026-01-01T00:00:00Z',
  },
  evaluations: [],
  appeal: null,
  ...over,
});

describe('the timeline of my project', () => {
  it('is only the submission before any decision', () => {
    expect(timelineOf(project({}))).toEqual([{ key: 'submitted', at: '2026-01-01T00:00:00Z' }]);
  });

  it('gives each decision its reason, then the appeal and its outcome', () => {
    const steps = timelineOf(
      project({
        evaluations: [
          {
            id: 'e',
            stage: 'FORMAL',
            decision: 'NEGATIVE',
            justification: 'not city land',
            decidedAt: '2026-02-01T00:00:00Z',
          },
        ],
        appeal: {
          id: 'a',
          text: 'it is',
          decision: 'REINSTATED',
          justification: 'deed',
          createdAt: '2026-03-01T00:00:00Z',
          decidedAt: '2026-03-05T00:00:00Z',
        },
      }),
    );
    expect(steps.map((s) => [s.key, s.outcome, s.reason])).toEqual([
      ['submitted', undefined, undefined],
      ['FORMAL', 'NEGATIVE', 'not city land'],
      ['appealed', undefined, 'it is'],
      ['REINSTATED', undefined, 'deed'],
    ]);
  });
});
