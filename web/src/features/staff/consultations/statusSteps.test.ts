import { describe, expect, it } from 'vitest';
import { afterSteps, nextStep, stepBlocker, stepStates } from './statusSteps';

describe('status steps', () => {
  it('go DRAFT → ANNOUNCED → OPEN → CLOSED, one at a time', () => {
    expect(nextStep('DRAFT')).toEqual({ to: 'ANNOUNCED', action: 'announce' });
    expect(nextStep('ANNOUNCED')).toEqual({ to: 'OPEN', action: 'open' });
    expect(nextStep('OPEN')).toEqual({ to: 'CLOSED', action: 'close' });
  });

  it('stop at CLOSED: REPORTED comes from publishing the report', () => {
    expect(nextStep('CLOSED')).toBeNull();
    expect(nextStep('REPORTED')).toBeNull();
    expect(afterSteps('CLOSED')).toBe('publishReport');
    expect(afterSteps('REPORTED')).toBe('readReport');
    expect(afterSteps('OPEN')).toBeNull();
  });

  it('need both dates before a step', () => {
    expect(stepBlocker({ opensAt: null, closesAt: '2027-01-01T00:00:00Z' })).toBe('datesRequired');
    expect(stepBlocker({ opensAt: '2026-12-01T00:00:00Z', closesAt: null })).toBe('datesRequired');
    expect(
      stepBlocker({ opensAt: '2026-12-01T00:00:00Z', closesAt: '2027-01-01T00:00:00Z' }),
    ).toBeNull();
  });

  it('mark the steps behind as done and the present one as current', () => {
    expect(stepStates('OPEN').map((s) => s.state)).toEqual([
      'done',
      'done',
      'current',
      'todo',
      'todo',
    ]);
  });
});
