import { describe, expect, it } from 'vitest';
import { actionsFor, decisionReason, searchWords } from './moderationDecision';

describe('actionsFor', () => {
  it('hides a visible remark or dismisses its reports, and restores only a hidden one', () => {
    expect(actionsFor('VISIBLE')).toEqual(['hide', 'dismiss']);
    expect(actionsFor('HIDDEN')).toEqual(['restore']);
  });

  it('offers nothing for a withdrawn remark', () => {
    expect(actionsFor('WITHDRAWN')).toEqual([]);
  });
});

describe('decisionReason', () => {
  it('is required: blank or spaces only is no reason', () => {
    expect(decisionReason('')).toBeNull();
    expect(decisionReason('  \n ')).toBeNull();
  });

  it('is sent trimmed', () => {
    expect(decisionReason('  obraźliwy wpis ')).toBe('obraźliwy wpis');
  });
});

describe('searchWords', () => {
  it('searches nothing when blank: every hidden remark is listed', () => {
    expect(searchWords('   ')).toBeNull();
  });

  it('refuses one character, counting an emoji as one', () => {
    expect(searchWords(' a ')).toBeUndefined();
    expect(searchWords('🙂')).toBeUndefined();
    expect(searchWords(' ul ')).toBe('ul');
  });
});
