import { expect, test } from 'vitest';
import { slugify } from './slugify.js';

test.each([
  ['Praga-Południe', 'praga-poludnie'],
  ['Śródmieście', 'srodmiescie'],
  ['Żoliborz', 'zoliborz'],
  ['Włochy', 'wlochy'],
  ['  Stare   Miasto! ', 'stare-miasto'],
])('%s → %s', (name, slug) => {
  expect(slugify(name)).toBe(slug);
});
