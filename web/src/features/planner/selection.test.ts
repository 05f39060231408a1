import { describe, expect, it } from 'vitest';
import { allSelected, keepShown, maxSelection, toggle, toggleAll } from './selection';

describe('selection', () => {
  it('adds and removes one comment', () => {
    const one = toggle(new Set(), 'a');
    expect([...one]).toEqual(['a']);
    expect([...toggle(one, 'a')]).toEqual([]);
  });

  it('never selects more than the API answers at once', () => {
    const full = new Set(Array.from({ length: maxSelection }, (_, i) => `c${i}`));
    expect(toggle(full, 'extra').size).toBe(maxSelection);
    expect(toggleAll(new Set(), [...full, 'extra']).size).toBe(maxSelection);
  });

  it('selects all shown, then clears them, keeping others', () => {
    const some = toggleAll(new Set(['x']), ['a', 'b']);
    expect(allSelected(some, ['a', 'b'])).toBe(true);
    expect([...toggleAll(some, ['a', 'b'])]).toEqual(['x']);
  });

  it('is not "all selected" with nothing shown', () => {
    expect(allSelected(new Set(['a']), [])).toBe(false);
  });

  it('drops selected comments no longer shown', () => {
    expect([...keepShown(new Set(['a', 'b']), ['b', 'c'])]).toEqual(['b']);
  });
});
