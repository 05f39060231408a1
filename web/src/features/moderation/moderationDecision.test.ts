import { describe, expect, it } from 'vitest';
import { actionFor, decisionReason, searchWords } from './moderationDecision';

describe('actionFor', () => {
  it('hides a visible remark and restores only a hidden one', () => {
    expect(actionFor('VISIBLE')).toBe('hide');
    expect(actionFor('HIDDEN')).toBe('restore');
  });

  it('offers nothing for a withdrawn remark', () => {
    expect(actionFor('WITHDRAWN')).toBeNull();
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
