import { expression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { countImage, countLabel } from './labelImages';

// The expression as MapLibre evaluates it, typed as the image name it yields.
const parsed = expression.createExpression(countImage, {
  type: 'string',
  'property-type': 'data-driven',
  expression: { interpolated: false, parameters: ['zoom', 'feature'] },
} as never);

const imageOf = (count: number) => {
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 10 }, { properties: { count } } as never);
};

describe('count images', () => {
  test.each([
    [7, 'plac-cluster-7'],
    [999, 'plac-cluster-999'],
    [1_234, 'plac-cluster-1200'],
    [9_960, 'plac-cluster-10000'],
    [15_327, 'plac-cluster-15000'],
    [123_456, 'plac-cluster-120000'],
    [1_000_000, 'plac-cluster-1000000'],
  ])('a cell of %i remarks asks for %s', (count, image) => {
    expect(imageOf(count)).toBe(image);
  });

  test('the 9,000 counts of four digits ask for 91 images', () => {
    const names = new Set(Array.from({ length: 9_000 }, (_, i) => imageOf(1_000 + i)));
    expect(names.size).toBe(91);
  });

  test.each([
    [999, 'pl', '999'],
    [15_000, 'pl', '15\u00a0tys.'],
    [1_200, 'en', '1.2K'],
    [1_000_000, 'en', '1M'],
  ])('%i in %s reads %s', (n, locale, label) => {
    expect(countLabel(n, locale)).toBe(label);
  });
});
