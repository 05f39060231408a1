/**
 * Tallies Warsaw 2021 (18 districts) with the greedy rule and with Equal Shares/Add1, and
 * runs the plain baseline MES beside the fast one, asserting identical outcomes.
 *   npx tsx bench/tally.ts          baseline on a named subset (it takes minutes on all 18)
 *   npx tsx bench/tally.ts --all    baseline on every district
 */
import { deepStrictEqual } from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePabulib } from '../api/src/modules/budget/pabulib/pabulib.parse.js';
import { equalShares } from '../api/src/modules/budget/tally/equal-shares.js';
import { greedy } from '../api/src/modules/budget/tally/greedy.js';
import { instanceFromPabulib } from '../api/src/modules/budget/tally/instance.js';
import { baselineEqualSharesAdd1 } from './mes-baseline.js';

const shared = fileURLToPath(new URL('../../shared/data/pabulib/warszawa-2021/', import.meta.url));
const fixtures = fileURLToPath(new URL('../api/src/modules/budget/fixtures/', import.meta.url));
const folder = existsSync(shared) ? shared : fixtures;
const files = readdirSync(folder).filter((name) => name.startsWith('poland_warszawa_2021_'));
/** The two largest districts and two small ones. */
const subset = ['mokotow', 'ursynow', 'wesola', 'rembertow'];
const baselineOn = (name: string) =>
  process.argv.includes('--all') || subset.some((district) => name.endsWith(`_${district}.pb`));

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

const ms = (value: number) => value.toFixed(0).padStart(9);
console.log(`Warsaw 2021 from ${folder} (${files.length} files)`);
console.log(
  process.argv.includes('--all')
    ? 'baseline MES/Add1 on every file'
    : `baseline MES/Add1 on a subset only (${subset.join(', ')}); --all runs it on every file`,
);
console.log(
  `${'district'.padEnd(18)}${'voters'.padStart(7)}${'greedy ms'.padStart(11)}${'mes ms'.padStart(9)}` +
    `${'runs'.padStart(6)}${'baseline ms'.padStart(13)}${'ratio'.padStart(8)}`,
);
// Warm the JIT on the smallest district so the first timed file is not charged for it.
const smallest = files.reduce((a, b) =>
  statSync(`${folder}${a}`).size <= statSync(`${folder}${b}`).size ? a : b,
);
equalShares(instanceFromPabulib(parsePabulib(readFileSync(`${folder}${smallest}`, 'utf8'))), {
  completion: 'ADD1',
});
const totals = { greedy: 0, mes: 0, baseline: 0, mesOnBaselineFiles: 0 };
for (const name of files) {
  const file = parsePabulib(readFileSync(`${folder}${name}`, 'utf8'));
  const instance = instanceFromPabulib(file);
  const [, greedyMs] = time(() => greedy(instance));
  const [fast, mesMs] = time(() => equalShares(instance, { completion: 'ADD1' }));
  totals.greedy += greedyMs;
  totals.mes += mesMs;
  let baselineColumns = '';
  if (baselineOn(name)) {
    const [plain, baselineMs] = time(() => baselineEqualSharesAdd1(instance));
    deepStrictEqual(fast.selected, plain, `${name}: the fast and baseline outcomes differ`);
    totals.baseline += baselineMs;
    totals.mesOnBaselineFiles += mesMs;
    baselineColumns = `${ms(baselineMs).padStart(13)}${`${(baselineMs / mesMs).toFixed(1)}×`.padStart(8)}`;
  }
  const district = name.replace('poland_warszawa_2021_', '').replace('.pb', '');
  console.log(
    `${district.padEnd(18)}${String(instance.ballots.length).padStart(7)}${ms(greedyMs).padStart(11)}` +
      `${ms(mesMs)}${String(fast.runs).padStart(6)}${baselineColumns}`,
  );
}
console.log(
  `total greedy ${totals.greedy.toFixed(0)} ms, Equal Shares/Add1 ${totals.mes.toFixed(0)} ms`,
);
if (totals.baseline > 0) {
  const ratio = (totals.baseline / totals.mesOnBaselineFiles).toFixed(1);
  console.log(
    `baseline ${totals.baseline.toFixed(0)} ms vs fast ${totals.mesOnBaselineFiles.toFixed(0)} ms on the ` +
      `same files: ${ratio}× faster, identical outcomes`,
  );
}
