import { describe, expect, it } from 'vitest';
import { classOf, countClasses, sequentialPalette } from './classBreaks';

describe('countClasses', () => {
  it('is empty without counts', () => {
    expect(countClasses([])).toEqual([]);
    expect(countClasses([0, 0])).toEqual([]);
  });

  it('gives one dark class for a single count', () => {
    expect(countClasses([7, 7])).toEqual([{ min: 7, max: 7, color: sequentialPalette[4] }]);
  });

  it('gives each count its own class when there are few, light to dark', () => {
    const classes = countClasses([3, 1, 2]);
    expect(classes.map((c) => [c.min, c.max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(classes.map((c) => c.color)).toEqual([
      sequentialPalette[0],
      sequentialPalette[2],
      sequentialPalette[4],
    ]);
  });

  it('splits many counts into five contiguous quantile classes', () => {
    const counts = Array.from({ length: 100 }, (_, i) => i + 1);
    const classes = countClasses(counts);
    expect(classes).toHaveLength(5);
    expect(classes[0]).toMatchObject({ min: 1, max: 20 });
    expect(classes[4]).toMatchObject({ min: 81, max: 100 });
    for (let i = 1; i < classes.length; i++) {
      expect(classes[i]?.min).toBe((classes[i - 1]?.max ?? 0) + 1);
    }
  });

  it('merges quantiles that land on the same count', () => {
    const classes = countClasses([1, 1, 1, 1, 1, 1, 1, 1, 2, 50]);
    expect(classes.map((c) => c.max)).toEqual([1, 2, 50]);
  });
});

describe('classOf', () => {
  const classes = countClasses([1, 5, 10, 20, 40]);

  it('finds the class holding a count', () => {
    expect(classOf(5, classes)?.max).toBe(5);
    expect(classOf(15, classes)?.min).toBe(11);
  });

  it('puts counts past the ends in the first or last class', () => {
    expect(classOf(0, classes)).toBe(classes[0]);
    expect(classOf(99, classes)).toBe(classes.at(-1));
  });
});
