import { expect, test } from 'vitest';
import { money } from './money.js';

test.each([
  [0n, '0.00'],
  [5n, '0.05'],
  [123456n, '1234.56'],
  ['900719925474099312', '9007199254740993.12'],
  [-150n, '-1.50'],
])('%s grosze → %s zł, without floating point', (grosze, pln) => {
  expect(money(grosze)).toEqual({ grosze: String(grosze), pln });
});
