import { expression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { countText } from './labels';

/** An expression as MapLibre evaluates it, for a feature with these properties. */
function evaluate(value: unknown, properties: Record<string, unknown>) {
  const parsed = expression.createExpression(value, {
    type: 'string',
    'property-type': 'data-driven',
    expression: { interpolated: false, parameters: ['zoom', 'feature'] },
  } as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 10 }, { properties } as never);
}

/** What the label must read: Intl's compact notation to two significant digits. */
const compact = (n: number, locale: string) =>
  n < 1_000
    ? String(n)
    : new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 2 }).format(n);

const textOf = (n: number, locale: string) =>
  evaluate(countText(['get', 'count'], locale), { count: n });

describe('count labels', () => {
  test.each([
    [999, 'pl', '999'],
    [1_234, 'pl', '1,2\u00a0tys.'],
    [15_000, 'pl', '15\u00a0tys.'],
    [1_200, 'en', '1.2K'],
    [123_456, 'en', '120K'],
    [1_000_000, 'en', '1M'],
  ])('%i in %s reads %s', (n, locale, label) => {
    expect(textOf(n, locale)).toBe(label);
  });

  test.each(['pl', 'en'])(
    'every count in %s reads as Intl says it, at each rounding edge',
    (locale) => {
      const edges = [1_000, 9_950, 99_500, 995_000, 9_950_000];
      const counts = [
        ...Array.from({ length: 2_000 }, (_, i) => i * 7 + 1),
        ...edges.flatMap((edge) => [edge - 1, edge, edge + 1]),
        ...Array.from({ length: 500 }, (_, i) => Math.round(1.7 ** (i / 20) * 1_000)),
      ].filter((n) => n < 20_000_000);
      const wrong = counts.filter((n) => textOf(n, locale) !== compact(n, locale));
      expect(wrong.map((n) => `${n}: ${textOf(n, locale)} ≠ ${compact(n, locale)}`)).toEqual([]);
    },
  );
});
