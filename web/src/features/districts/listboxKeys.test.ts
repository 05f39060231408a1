import { describe, expect, it } from 'vitest';
import { nextActiveIndex } from './listboxKeys';

describe('nextActiveIndex', () => {
  it('moves one step with the arrows and stops at the ends', () => {
    expect(nextActiveIndex('ArrowDown', 3, 18)).toBe(4);
    expect(nextActiveIndex('ArrowUp', 3, 18)).toBe(2);
    expect(nextActiveIndex('ArrowDown', 17, 18)).toBe(17);
    expect(nextActiveIndex('ArrowUp', 0, 18)).toBe(0);
  });

  it('starts at the first or last option when nothing is active', () => {
    expect(nextActiveIndex('ArrowDown', -1, 18)).toBe(0);
    expect(nextActiveIndex('ArrowUp', -1, 18)).toBe(17);
  });

  it('jumps with Home and End, and by a page with PageUp and PageDown', () => {
    expect(nextActiveIndex('Home', 9, 18)).toBe(0);
    expect(nextActiveIndex('End', 9, 18)).toBe(17);
    expect(nextActiveIndex('PageDown', 9, 18)).toBe(14);
    expect(nextActiveIndex('PageDown', 15, 18)).toBe(17);
    expect(nextActiveIndex('PageUp', 2, 18)).toBe(0);
    expect(nextActiveIndex('PageDown', -1, 18, 3)).toBe(3);
  });

  it('ignores other keys and empty lists', () => {
    expect(nextActiveIndex('Enter', 3, 18)).toBeNull();
    expect(nextActiveIndex('a', 3, 18)).toBeNull();
    expect(nextActiveIndex('ArrowDown', -1, 0)).toBeNull();
  });

  it('stays in a one-option list', () => {
    expect(nextActiveIndex('ArrowDown', 0, 1)).toBe(0);
    expect(nextActiveIndex('End', 0, 1)).toBe(0);
  });
});
