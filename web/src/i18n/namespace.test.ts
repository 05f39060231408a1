import { describe, expect, it } from 'vitest';
import { defineNamespace } from './namespace';

const polish = {
  remarks: '{count, plural, one {# uwaga} few {# uwagi} many {# uwag} other {# uwagi}}',
  selected: 'Wybrano: {title}',
  onlyPolish: 'Tylko po polsku',
};
const english = {
  remarks: '{count, plural, one {# remark} other {# remarks}}',
  selected: 'Selected: {title}',
};
// English with a gap, as a catalog caught mid-translation would be.
const texts = defineNamespace(
  'namespace-test',
  polish,
  english as Record<keyof typeof polish, string>,
);

describe('defineNamespace', () => {
  it('answers in the chosen language, with Polish plural forms', () => {
    const pl = texts.fixedT('pl');
    expect([1, 2, 5, 12, 22, 25].map((count) => pl('remarks', { count }))).toEqual([
      '1 uwaga',
      '2 uwagi',
      '5 uwag',
      '12 uwag',
      '22 uwagi',
      '25 uwag',
    ]);
    expect(texts.fixedT('en')('remarks', { count: 1 })).toBe('1 remark');
    expect(texts.fixedT('en')('remarks', { count: 2 })).toBe('2 remarks');
  });

  it('falls back to Polish where English has a gap', () => {
    expect(texts.fixedT('en')('onlyPolish')).toBe('Tylko po polsku');
  });

  it('does not expand placeholders found in argument values', () => {
    expect(texts.fixedT('pl')('selected', { title: '{title}' })).toBe('Wybrano: {title}');
  });
});
