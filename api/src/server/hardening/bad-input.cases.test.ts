import { expect, test } from 'vitest';
import { casesPer } from './bad-input.cases.js';

test('the bad-input properties send at least 10,000 generated inputs in all (issue #11)', () => {
  const total = Object.values(casesPer).reduce((sum, cases) => sum + cases, 0);
  console.info(
    `bad-input properties: ${total} generated inputs over ${Object.keys(casesPer).length} arguments`,
  );
  expect(total).toBeGreaterThanOrEqual(10_000);
});
