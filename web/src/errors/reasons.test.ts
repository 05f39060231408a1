import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import pl from './locales/pl.json';

// The reasons as the API emits them into the SDL, read afresh, so a reason added to the API
// without its Polish and English text fails here.
const schema = readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8');
const reasons = (/^enum ErrorReason \{\n([^}]*)\}/m.exec(schema)?.[1] ?? '')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line));

// Besides the reasons: a text per code for a reason not known yet, and for no answer at all.
const fallbacks = (key: string) =>
  key.startsWith('code.') || key === 'unknown' || key === 'network';

describe('the errors catalog', () => {
  it('reads the reasons from the schema', () => {
    expect(reasons).toContain('SIGN_IN_REQUIRED');
    expect(reasons.length).toBeGreaterThan(50);
  });

  it.each([
    ['pl', pl],
    ['en', en],
  ])('words every reason of the API in %s', (_, catalog) => {
    expect(reasons.filter((reason) => !(reason in catalog))).toEqual([]);
  });

  it('words no reason the API no longer has', () => {
    expect(Object.keys(pl).filter((key) => !fallbacks(key) && !reasons.includes(key))).toEqual([]);
  });
});
